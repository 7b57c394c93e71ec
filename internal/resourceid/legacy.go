package resourceid

// Split and Form are the pre-Format helpers, kept until every resource uses
// Format. TODO(resourcekit port): remove.
func Split(id string, form ...string) ([]string, error) { return Format{Parts: form}.Split(id) }

// Form renders the expected form.
func Form(form ...string) string { return Format{Parts: form}.Form() }
