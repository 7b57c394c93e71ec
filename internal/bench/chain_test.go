package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestChain(t *testing.T) {
	at := func(ms int) time.Time { return time.Unix(0, 0).Add(time.Duration(ms) * time.Millisecond) }
	// Two lanes: 0–100, 100–200, 200–300 one after another, and overlapping
	// 50–150 and 150–250, which cannot lengthen the chain.
	s := &spans{all: []span{
		{at(150), at(250)}, {at(0), at(100)}, {at(200), at(300)}, {at(50), at(150)}, {at(100), at(200)},
	}}
	if got := s.chain(); got != 3 {
		t.Errorf("chain = %d, want 3", got)
	}
	s.reset()
	if got := s.chain(); got != 0 {
		t.Errorf("chain of none = %d", got)
	}
}

func TestSpansWrap(t *testing.T) {
	s := &spans{}
	srv := httptest.NewServer(s.wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})))
	defer srv.Close()
	for range 3 {
		resp, err := http.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if got := s.chain(); got != 3 {
		t.Errorf("three requests one after another: chain = %d", got)
	}
}
