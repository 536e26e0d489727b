package runner

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"time"
)

// jarAdapter exposes the run's cookie jar to scripts (pm.cookies and
// pm.cookies.jar()).
type jarAdapter struct{ jar *cookiejar.Jar }

func parseCookieURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err == nil && u.Host == "" {
		u, err = url.Parse("http://" + raw)
	}
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("invalid cookie url %q", raw)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

func (j jarAdapter) Cookies(rawURL string) ([]*http.Cookie, error) {
	u, err := parseCookieURL(rawURL)
	if err != nil {
		return nil, err
	}
	return j.jar.Cookies(u), nil
}

func (j jarAdapter) SetCookie(rawURL string, c *http.Cookie) error {
	u, err := parseCookieURL(rawURL)
	if err != nil {
		return err
	}
	j.jar.SetCookies(u, []*http.Cookie{c})
	return nil
}

func (j jarAdapter) DeleteCookie(rawURL, name string) error {
	u, err := parseCookieURL(rawURL)
	if err != nil {
		return err
	}
	for _, c := range j.jar.Cookies(u) {
		if c.Name == name {
			j.jar.SetCookies(u, []*http.Cookie{{Name: name, Path: "/", Expires: time.Unix(1, 0), MaxAge: -1}})
		}
	}
	return nil
}

func (j jarAdapter) Clear(rawURL string) error {
	u, err := parseCookieURL(rawURL)
	if err != nil {
		return err
	}
	for _, c := range j.jar.Cookies(u) {
		j.jar.SetCookies(u, []*http.Cookie{{Name: c.Name, Path: "/", Expires: time.Unix(1, 0), MaxAge: -1}})
	}
	return nil
}
