package main

import (
	"slices"
	"testing"
	"time"
)

func getenv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestParseOptionsDefaultsAreTheIssueSet(t *testing.T) {
	o, err := parseOptions(nil, getenv(map[string]string{"TF_ACC_TERRAFORM_PATH": "/bin/terraform"}))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o.ns, []int{100, 1000}) || o.runs != 3 || o.latency != 100*time.Millisecond ||
		!slices.Equal(o.workloads, []string{"routes", "pbx", "sms"}) || o.terraform != "/bin/terraform" {
		t.Errorf("defaults: %+v", o)
	}
}

func TestOptionalWorkloadOnlyWhenNamed(t *testing.T) {
	o, err := parseOptions([]string{"-workloads", "routes,routes_reply"}, getenv(map[string]string{"TF_ACC_TERRAFORM_PATH": "tf"}))
	if err != nil || !slices.Equal(o.workloads, []string{"routes", "routes_reply"}) {
		t.Errorf("got %+v, %v", o, err)
	}
	if slices.Contains(defaultWorkloads(), "routes_reply") {
		t.Errorf("routes_reply is in the default set %v", defaultWorkloads())
	}
}

func TestParseOptionsFlagsWinOverEnv(t *testing.T) {
	o, err := parseOptions([]string{"-n", "5", "-latency", "0", "-workloads", "sms, pbx,sms"},
		getenv(map[string]string{"BENCH_N": "7", "BENCH_RUNS": "1", "TF_ACC_TERRAFORM_PATH": "tf"}))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o.ns, []int{5}) || o.runs != 1 || o.latency != 0 || !slices.Equal(o.workloads, []string{"sms", "pbx"}) {
		t.Errorf("got %+v", o)
	}
}

func TestParseOptionsRejects(t *testing.T) {
	for _, args := range [][]string{
		{"-n", "0"}, {"-n", "10,x"}, {"-runs", "0"}, {"-latency", "-1s"}, {"-latency", "soon"},
		{"-workloads", "routes,voip"}, {"extra"},
	} {
		if _, err := parseOptions(args, getenv(map[string]string{"TF_ACC_TERRAFORM_PATH": "tf"})); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}
