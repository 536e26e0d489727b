package runner

import (
	"strings"

	"github.com/runner-ci/runner/certs"
)

// defaultMaxRedirects is postman-request's default.
const defaultMaxRedirects = 10

// settings are an item's request settings from its merged
// protocolProfileBehavior (collection → folders → item) and the run's
// options, worked out once at start-up.
type settings struct {
	profile         certs.Profile
	disableEncoding bool
	follow          bool
	maxRedirects    int
	keepMethod      bool // followOriginalHttpMethod
	keepAuth        bool // followAuthorizationHeader
	dropReferer     bool // removeRefererHeaderOnRedirect
	cookies         bool // !disableCookies
	// disabledHeaders are the system headers turned off by
	// disabledSystemHeaders, lower case.
	disabledHeaders map[string]bool
}

// newSettings reads protocolProfileBehavior. A value that cannot be used
// (an unknown cipher name) is an error; ignoreRedirects is the run's
// --ignore-redirects, which a followRedirects setting overrides.
func newSettings(ppb map[string]any, ignoreRedirects bool) (*settings, error) {
	profile, err := certs.ParseProfile(ppb)
	if err != nil {
		return nil, err
	}
	st := &settings{profile: profile, follow: !ignoreRedirects, maxRedirects: defaultMaxRedirects, cookies: true}
	st.disableEncoding, _ = ppb["disableUrlEncoding"].(bool)
	if v, ok := ppb["followRedirects"].(bool); ok {
		st.follow = v
	}
	if v, ok := ppb["maxRedirects"].(float64); ok && v >= 0 {
		st.maxRedirects = int(v)
	}
	st.keepMethod, _ = ppb["followOriginalHttpMethod"].(bool)
	st.keepAuth, _ = ppb["followAuthorizationHeader"].(bool)
	st.dropReferer, _ = ppb["removeRefererHeaderOnRedirect"].(bool)
	if v, ok := ppb["disableCookies"].(bool); ok && v {
		st.cookies = false
	}
	if m, ok := ppb["disabledSystemHeaders"].(map[string]any); ok {
		st.disabledHeaders = map[string]bool{}
		for k, v := range m {
			if b, ok := v.(bool); ok && b {
				st.disabledHeaders[strings.ToLower(k)] = true
			}
		}
	}
	return st, nil
}
