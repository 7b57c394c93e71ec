package transport

import (
	"testing"
	"time"
)

func TestDefaultUserAgent(t *testing.T) {
	tests := []struct{ pv, tv, want string }{
		{"1.2.3", "1.9.5", "terraform-provider-telecom/1.2.3 terraform/1.9.5"},
		{"", "1.9.5", "terraform-provider-telecom/dev terraform/1.9.5"},
		{"0.1.0", "", "terraform-provider-telecom/0.1.0 terraform/unknown"},
		{"", "", "terraform-provider-telecom/dev terraform/unknown"},
		{" 1.0.0 ", " ", "terraform-provider-telecom/1.0.0 terraform/unknown"},
	}
	for _, tt := range tests {
		if got := DefaultUserAgent(tt.pv, tt.tv); got != tt.want {
			t.Errorf("DefaultUserAgent(%q, %q) = %q, want %q", tt.pv, tt.tv, got, tt.want)
		}
	}
}

func TestSettingsDefaults(t *testing.T) {
	got := Settings{MaxRetries: -1}.withDefaults()
	want := Settings{MaxRetries: 0, RequestTimeout: 30 * time.Second, MaxRetryWait: 30 * time.Second, UserAgent: DefaultUserAgent("", "")}
	if got != want {
		t.Errorf("withDefaults() = %+v, want %+v", got, want)
	}
	kept := Settings{MaxRetries: 4, RequestTimeout: time.Second, MaxRetryWait: 2 * time.Second, UserAgent: "x/1"}
	if got := kept.withDefaults(); got != kept {
		t.Errorf("withDefaults() changed set values: %+v", got)
	}
}

func TestNewClientApplySettings(t *testing.T) {
	c := NewClient(Options{Settings: Settings{MaxRetries: 4, RequestTimeout: 7 * time.Second, MaxRetryWait: 9 * time.Second, UserAgent: "ua/1"}, BaseURL: "https://api.example.com/v1/"})
	if c.RetryCount != 4 || c.RetryMaxWaitTime != 9*time.Second || c.RetryWaitTime != defaultInitialWait {
		t.Errorf("retry settings: count %d, max wait %v, wait %v", c.RetryCount, c.RetryMaxWaitTime, c.RetryWaitTime)
	}
	if c.GetClient().Timeout != 7*time.Second {
		t.Errorf("per-attempt timeout %v, want 7s", c.GetClient().Timeout)
	}
	if c.Header.Get("User-Agent") != "ua/1" || c.BaseURL != "https://api.example.com/v1" {
		t.Errorf("User-Agent %q, base URL %q", c.Header.Get("User-Agent"), c.BaseURL)
	}
	if len(c.RetryConditions) != 1 || c.RetryAfter == nil {
		t.Errorf("want exactly our retry condition and Retry-After hook, got %d conditions", len(c.RetryConditions))
	}
}
