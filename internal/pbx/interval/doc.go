// Package interval holds the meaning of a Telphin time interval, independent
// of Terraform and of HTTP: which conditions are valid and how their values
// are spelled. The resource validates plans with it, and the provider
// functions evaluate intervals with it, so both follow one definition.
//
// The vendor's rules (vendor-apis/ipex-telphin.md, part 2, and the v1.0
// reference): a condition's fields combine with AND; an interval matches when
// any of its conditions does (OR); fields come in start/end pairs except
// month; start must be before end, except that a day-of-week range may wrap
// (start_dow 3, end_dow 1 = every day but Monday); day of week 1 is Sunday;
// a start_datetime/end_datetime pair makes the API ignore every other field.
package interval
