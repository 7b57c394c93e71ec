package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// Order statuses [doc, legacy API].
const (
	OrderNew        = "new"
	OrderProcessing = "processing"
	OrderFinished   = "finished"
	OrderFailed     = "error"
	OrderCanceled   = "canceled"
)

// Order is an asynchronous request (GET /v1/requests/{id}).
type Order struct {
	ID         int64  `json:"requestId"`
	Type       string `json:"requestType"`
	Status     string `json:"requestStatus"`
	Identifier string `json:"identifier"`
	Message    string `json:"message"`
}

// Order reads one order.
func (c *Client) Order(ctx context.Context, id int64) (Order, error) {
	var out Order
	err := c.do(ctx, http.MethodGet, "/v1/requests/{id}", map[string]string{"id": strconv.FormatInt(id, 10)}, nil, &out)
	if out.ID == 0 {
		out.ID = id
	}
	return out, err
}

// StillRunningError: the context ended while the order was not done.
type StillRunningError struct {
	Order Order
	Cause error
}

func (e *StillRunningError) Error() string {
	return fmt.Sprintf("IPEX order %d (%s for %s) is still %q: stopped waiting (%v). It keeps running at IPEX; "+
		"look at it with GET /v1/requests/%d or in the IPEX portal, and run Terraform again once it has finished: "+
		"the number will then be taken over, not ordered again",
		e.Order.ID, e.Order.Type, e.Order.Identifier, e.Order.Status, e.Cause, e.Order.ID)
}

func (e *StillRunningError) Unwrap() error { return e.Cause }

// WaitForOrder polls an order until it is finished, with a first wait of
// FirstPoll doubling up to MaxPoll. error and canceled become *OrderError;
// the context's end becomes *StillRunningError.
func (c *Client) WaitForOrder(ctx context.Context, id int64) (Order, error) {
	wait := c.cfg.FirstPoll
	last := Order{ID: id, Status: OrderNew}
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return last, &StillRunningError{Order: last, Cause: ctx.Err()}
		case <-t.C:
		}
		o, err := c.Order(ctx, id)
		if err != nil {
			if ctx.Err() != nil {
				return last, &StillRunningError{Order: last, Cause: ctx.Err()}
			}
			if errors.Is(err, ErrNotFound) {
				return last, fmt.Errorf("IPEX does not know order %d: %w", id, err)
			}
			return last, err
		}
		last = o
		tflog.SubsystemDebug(ctx, "ipex", "order status", map[string]any{"request_id": id, "status": o.Status})
		switch o.Status {
		case OrderFinished:
			return o, nil
		case OrderFailed, OrderCanceled:
			return o, &OrderError{Order: o}
		}
		wait = min(2*wait, c.cfg.MaxPoll)
	}
}
