package api

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// BenchmarkRoutesList measures one list of a number with 200 rules through
// the client, transport and emulator: the cost of every Read.
func BenchmarkRoutesList(b *testing.B) {
	sb := sandbox.New()
	for i := range 200 {
		if _, err := sb.AddRoute(sandbox.GeographicNumber, fmt.Sprintf("00420733%06d", i), "*754321"); err != nil {
			b.Fatal(err)
		}
	}
	srv := httptest.NewServer(sb)
	defer srv.Close()
	c := NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: srv.URL + sandbox.BasePath, Transport: transport.Settings{}})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Routes(ctx, sandbox.GeographicNumber); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchRoute measures finding a new rule among 1000.
func BenchmarkMatchRoute(b *testing.B) {
	var before, after []Route
	for i := range 1000 {
		r := Route{ID: int64(i + 1), SourceNumber: fmt.Sprintf("00420733%06d", i), RingingNumber: "*754321"}
		before = append(before, r)
		after = append(after, r)
	}
	after = append(after, Route{ID: 5000, SourceNumber: "+420733000500", RingingNumber: "*754321"})
	b.ReportAllocs()
	for b.Loop() {
		if r, ok := matchRoute(after, "00420733000500", "*754321", before); !ok || r.ID != 5000 {
			b.Fatalf("matchRoute = %+v, %v", r, ok)
		}
	}
}
