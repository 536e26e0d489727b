package runner

import "testing"

func TestNewSettings(t *testing.T) {
	tests := []struct {
		name            string
		ppb             map[string]any
		ignoreRedirects bool
		check           func(*settings) bool
	}{
		{"defaults", nil, false, func(s *settings) bool {
			return s.follow && s.maxRedirects == defaultMaxRedirects && s.cookies && !s.disableEncoding && len(s.disabledHeaders) == 0
		}},
		{"--ignore-redirects", nil, true, func(s *settings) bool { return !s.follow }},
		{"followRedirects beats --ignore-redirects", map[string]any{"followRedirects": true}, true, func(s *settings) bool { return s.follow }},
		{"followRedirects false", map[string]any{"followRedirects": false}, false, func(s *settings) bool { return !s.follow }},
		{"maxRedirects", map[string]any{"maxRedirects": float64(3)}, false, func(s *settings) bool { return s.maxRedirects == 3 }},
		{"redirect knobs", map[string]any{"followOriginalHttpMethod": true, "followAuthorizationHeader": true, "removeRefererHeaderOnRedirect": true}, false,
			func(s *settings) bool { return s.keepMethod && s.keepAuth && s.dropReferer }},
		{"disableCookies", map[string]any{"disableCookies": true}, false, func(s *settings) bool { return !s.cookies }},
		{"disableUrlEncoding", map[string]any{"disableUrlEncoding": true}, false, func(s *settings) bool { return s.disableEncoding }},
		{"disabledSystemHeaders", map[string]any{"disabledSystemHeaders": map[string]any{"User-Agent": true, "accept": false}}, false,
			func(s *settings) bool { return s.disabledHeaders["user-agent"] && !s.disabledHeaders["accept"] }},
		{"strictSSL", map[string]any{"strictSSL": false}, false, func(s *settings) bool {
			return s.profile.StrictSSL != nil && !*s.profile.StrictSSL
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := newSettings(tc.ppb, tc.ignoreRedirects)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(s) {
				t.Errorf("newSettings(%v, %v) = %+v", tc.ppb, tc.ignoreRedirects, s)
			}
		})
	}
	if _, err := newSettings(map[string]any{"tlsCipherSelection": []any{"NOPE"}}, false); err == nil {
		t.Error("an unknown cipher name must be an error")
	}
}
