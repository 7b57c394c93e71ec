package main

import (
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []int
		want int
	}{
		{nil, 0},
		{[]int{7}, 7},
		{[]int{3, 1, 2}, 2},
		{[]int{4, 1, 3, 2}, 2}, // (2+3)/2 in integers
		{[]int{10, 30}, 20},
	} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %d, want %d", tc.in, got, tc.want)
		}
	}
	in := []time.Duration{3 * time.Second, time.Second, 2 * time.Second}
	if got := median(in); got != 2*time.Second {
		t.Errorf("median of durations = %s", got)
	}
	if in[0] != 3*time.Second {
		t.Error("median sorted its argument in place")
	}
}

func TestSpread(t *testing.T) {
	if got := spread([]time.Duration{900, 1000, 1500}); got != 0.6 {
		t.Errorf("spread = %v, want 0.6", got)
	}
	if got := spread(nil); got != 0 {
		t.Errorf("spread of none = %v", got)
	}
}

func TestRatio(t *testing.T) {
	if q, ok := ratio(11*time.Second, 10*time.Second); !ok || q != 1.1 {
		t.Errorf("ratio = %v, %v", q, ok)
	}
	if _, ok := ratio(int64(5), 0); ok {
		t.Error("ratio by zero reported ok")
	}
	if got := times(int64(3), int64(2)); got != "1.50×" {
		t.Errorf("times = %q", got)
	}
	if got := times(time.Second, 0); got != "–" {
		t.Errorf("times by zero = %q", got)
	}
}
