package transport

import (
	"strings"
	"testing"
)

func TestCheckBaseURL(t *testing.T) {
	tests := []struct {
		raw     string
		wantErr string // substring; "" means valid
	}{
		{"https://www.odorik.cz/api/v1", ""},
		{"https://api.example.com", ""},
		{"https://api.example.com:8443/v2/", ""},
		{"HTTPS://API.EXAMPLE.COM", ""},
		{"http://127.0.0.1:8080", ""},
		{"http://127.9.9.9/api", ""},
		{"http://[::1]:9000/api", ""},
		{"http://localhost:3000", ""},
		{"http://LOCALHOST", ""},
		{"http://example.com", `base_url "http://example.com" must use https (plain http is only allowed for loopback hosts such as 127.0.0.1)`},
		{"http://10.0.0.1/api", "must use https"},
		{"http://localhost.example.com", "must use https"},
		{"http://128.0.0.1", "must use https"},
		{"ftp://example.com/api", `must use https (scheme "ftp" is not supported)`},
		{"/api/v1", "must be an absolute URL"},
		{"api.example.com/v1", "must be an absolute URL"},
		{"https://", "must be an absolute URL"},
		{"https:///path", "must be an absolute URL"},
		{"", "must not be empty"},
		{"   ", "must not be empty"},
		{"https://exa mple.com", "is not a valid URL"},
		{"https://api.example.com/v1?key=x", "must not contain a query or fragment"},
		{"https://api.example.com/v1#top", "must not contain a query or fragment"},
	}
	for _, tt := range tests {
		err := CheckBaseURL(tt.raw)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("CheckBaseURL(%q) = %v, want nil", tt.raw, err)
		case tt.wantErr != "" && err == nil:
			t.Errorf("CheckBaseURL(%q) = nil, want an error containing %q", tt.raw, tt.wantErr)
		case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
			t.Errorf("CheckBaseURL(%q) = %q, want it to contain %q", tt.raw, err, tt.wantErr)
		}
	}
}
