package main

import (
	"slices"
	"time"
)

// median of xs (the mean of the middle two for an even count); 0 for none.
func median[T ~int | ~int64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	mid := len(s) / 2
	if len(s)%2 == 1 {
		return s[mid]
	}
	return (s[mid-1] + s[mid]) / 2
}

// ratio is a/b; false when b is zero (nothing to compare with).
func ratio[T ~int | ~int64](a, b T) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// spread is (slowest - fastest) / median of ds; 0 for none.
func spread(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	q, _ := ratio(slices.Max(ds)-slices.Min(ds), median(ds))
	return q
}

// durations keeps the wall times of samples.
func durations(ss []sample) []time.Duration {
	out := make([]time.Duration, len(ss))
	for i, s := range ss {
		out[i] = s.wall
	}
	return out
}
