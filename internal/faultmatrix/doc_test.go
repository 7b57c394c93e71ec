// Package faultmatrix_test is the fault-matrix acceptance suite (issue 8):
// every resource, on each write path (create, update, delete) and on reads,
// meets each failure the sandboxes can inject, and must either succeed or
// fail with a diagnostic that says what went wrong; after at most one more
// apply the vendor must hold exactly the configured objects (no duplicates,
// no orphans, nothing left after a delete) and the plan must be empty. A
// request refused with 429 and Retry-After must not be repeated sooner, as
// the provider's max_retries documentation promises.
//
// Layout: one test case per (fault, group). The "writes" group holds a
// create, an update and a delete cell of every resource, the "reads" group a
// read cell of every resource. Each case has three steps: the base objects;
// the faulted apply (for reads: a plan, whose refresh does the reads); the
// faults cleared and the same configuration once more (for reads: a plan,
// since a failed refresh in a plan leaves nothing to repair). The framework
// then destroys, and CheckDestroy finds nothing left at the vendors.
//
// A test case gets fresh sandboxes, one per vendor, so the cases run in
// parallel. Cells of one resource share the vendor's sandbox (the in-process
// provider serves a single provider configuration, so provider aliases
// cannot give each cell its own), and each cell's fault is aimed so that it
// can only hit that cell's requests: by method (PBX, IPEX), by API action
// (SerwerSMS), or by a public number or VoIP number of the cell's own in the
// path (Odorik, IPEX). Reads get a group of their own because a read fault
// on a collection URL would hit the refresh of every cell of that kind.
//
// Run it alone with:
//
//	TF_ACC=1 TF_ACC_TERRAFORM_PATH=$(command -v terraform) go test -count=1 -run FaultMatrix ./internal/faultmatrix/ -v
//
// The summary table (resource/path x fault) is logged at the end.
package faultmatrix_test
