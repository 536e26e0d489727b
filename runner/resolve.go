package runner

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// ParseResolve parses curl-style "host:port:address" entries into the
// Options.Resolve map. IPv6 addresses may be written in brackets.
func ParseResolve(entries []string) (map[string]string, error) {
	out := map[string]string{}
	for _, e := range entries {
		host, rest, ok1 := strings.Cut(e, ":")
		port, addr, ok2 := strings.Cut(rest, ":")
		if !ok1 || !ok2 || host == "" || addr == "" {
			return nil, fmt.Errorf("resolve entry %q must be host:port:address, for example api.example.com:443:127.0.0.1", e)
		}
		if _, err := strconv.Atoi(port); err != nil {
			return nil, fmt.Errorf("resolve entry %q: invalid port %q", e, port)
		}
		addr = strings.TrimSuffix(strings.TrimPrefix(addr, "["), "]")
		out[strings.ToLower(host)+":"+port] = net.JoinHostPort(addr, port)
	}
	return out, nil
}
