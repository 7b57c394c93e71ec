package resourcekit

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/diag"
)

// ErrGone says the object no longer exists, for objects whose disappearance
// the vendor does not answer with its not-found error (an IPEX number that is
// "canceled", say). Reads remove the resource; deletes succeed.
var ErrGone = errors.New("the object no longer exists")

// Diagnostics carries diagnostics (a model mapping's, say) through an
// operation's error return; the driver reports them as they are.
func Diagnostics(d diag.Diagnostics) error {
	if !d.HasError() {
		return nil
	}
	return diagsError{d}
}

type diagsError struct{ diags diag.Diagnostics }

func (e diagsError) Error() string {
	for _, d := range e.diags {
		if d.Severity() == diag.SeverityError {
			return d.Summary() + ": " + d.Detail()
		}
	}
	return "diagnostics"
}

// Problem is an error that brings its own wording, for the few steps whose
// message is not "Could not <verb> <object>" (limits set after a create,
// an order that was placed but could not be read back).
func Problem(summary, detail string) error {
	return diagsError{diag.Diagnostics{diag.NewErrorDiagnostic(summary, detail)}}
}

// AfterCreate marks an error that happened after the object was created:
// the driver saves the object to state (Terraform then taints it) before
// reporting err, so it is never orphaned.
func AfterCreate(err error) error {
	if err == nil {
		return nil
	}
	return afterCreateError{err}
}

type afterCreateError struct{ error }

func (e afterCreateError) Unwrap() error { return e.error }

func isAfterCreate(err error) bool {
	var a afterCreateError
	return errors.As(err, &a)
}
