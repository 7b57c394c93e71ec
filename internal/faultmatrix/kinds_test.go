package faultmatrix_test

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	smssandbox "github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// path is what Terraform does to a cell's resource while the fault is on.
type path string

const (
	create path = "create"
	update path = "update"
	remove path = "delete"
	read   path = "read"
)

var allPaths = []path{create, update, remove, read}

// index is the path's place in allPaths, to number the cells' keys.
func (p path) index() int {
	for i, q := range allPaths {
		if q == p {
			return i
		}
	}
	panic("unknown path " + string(p))
}

// kind is one resource type of the matrix: its configuration, where its
// faults go, what its diagnostics say, and what the vendor holds.
type kind struct {
	row string // row label in the summary table
	typ string // resource type

	// key names a cell's objects at the vendor (a name, a number), unique
	// per path, so that a cell's objects can be told from its neighbours'.
	key func(p path) string
	// body is the resource body of a cell; changed is the update's target.
	body func(w *world, key string, changed bool) string
	// want describes the one object a configured cell must leave, in the
	// words of held.
	want func(key string, changed bool) string
	// held lists every object of this kind at the vendor, by key.
	held func(w *world) map[string][]string

	kit func(w *world) *sandboxkit.Kit
	// target is the method and path regexp of the requests a cell's fault
	// hits: the kind's item and collection URLs (a read may be served from
	// either), narrowed to the cell's own key where the URL carries it.
	target func(p path, key string) (method, pathRe string)
	// summary is the diagnostic summary the provider uses on a path.
	summary map[path]string
}

// methods are the HTTP methods of the paths for REST-style APIs.
var methods = map[path]string{create: http.MethodPost, update: http.MethodPut, remove: http.MethodDelete, read: http.MethodGet}

// Not rows here: telecom_pbx_client_settings and telecom_pbx_extension_phone
// are singletons that nothing creates or deletes (destroy only forgets),
// and a client has one settings object, so they cannot have a cell per
// path. Their faults (5xx, 429 with a reset, a lost PUT answer) are tested
// in internal/pbx (did_assignment_faults_test.go, extension_phone_faults_test.go).
var kinds = []*kind{
	odorikRoute, odorikRinging, odorikSpeedDial,
	pbxInterval, pbxDialRule, pbxExtension, pbxExtensionGroup, pbxNetworkPermission, pbxUser, pbxAgent, pbxPhoneEvent,
	pbxIncomingRules, pbxExtensionEvent, pbxDIDAssignment,
	smsSubaccount, ipexNumber,
}

// odorikNumber is the public number of one Odorik cell; base keeps the
// route and ringing cells apart (a ringing is a route with source "*").
func odorikNumber(base int, p path) string {
	return "00420533533" + strconv.Itoa(base+p.index())
}

// odorikTarget covers both the routes and the ringings endpoints of the
// cell's public number: the two are views of one rule list.
func odorikTarget(p path, key string) (string, string) {
	m := methods[p]
	if p == update {
		// Every attribute of a route or ringing forces replacement: the
		// update is a delete and a create, and the fault goes to the create.
		m = http.MethodPost
	}
	return m, `/public_numbers/` + regexp.QuoteMeta(key) + `/(routes|ringings)(/[^/]+)?\.json$`
}

var odorikRoute = &kind{
	row: "odorik_route",
	typ: "telecom_odorik_route",
	key: func(p path) string { return odorikNumber(601, p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  public_number  = %q\n  source_number  = \"00420733123456\"\n  ringing_number = %q\n", key, routeTarget(changed))
	},
	want: func(key string, changed bool) string { return "00420733123456 -> " + routeTarget(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, p := range allPaths {
			n := odorikNumber(601, p)
			routes, _ := w.odorik.Sandbox.Routes(n)
			for _, r := range routes {
				out[n] = append(out[n], r.SourceNumber+" -> "+r.RingingNumber)
			}
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.odorik.Sandbox.Kit },
	target: odorikTarget,
	summary: map[path]string{
		create: "Error creating Odorik route", update: "Error creating Odorik route",
		remove: "Error deleting Odorik route", read: "Error reading Odorik route",
	},
}

func routeTarget(changed bool) string {
	if changed {
		return "*754322"
	}
	return "*754321"
}

var odorikRinging = &kind{
	row: "odorik_ringing",
	typ: "telecom_odorik_ringing",
	key: func(p path) string { return odorikNumber(611, p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  public_number  = %q\n  ringing_number = %q\n", key, ringingTarget(changed))
	},
	want: func(_ string, changed bool) string { return ringingTarget(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, p := range allPaths {
			n := odorikNumber(611, p)
			// All routes, not only the ringing view: a stray route on a
			// ringing's number is an orphan too.
			routes, _ := w.odorik.Sandbox.Routes(n)
			for _, r := range routes {
				desc := r.RingingNumber
				if r.SourceNumber != "*" {
					desc = r.SourceNumber + " -> " + r.RingingNumber
				}
				out[n] = append(out[n], desc)
			}
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.odorik.Sandbox.Kit },
	target: odorikTarget,
	summary: map[path]string{
		create: "Error creating Odorik ringing", update: "Error creating Odorik ringing",
		remove: "Error deleting Odorik ringing", read: "Error reading Odorik ringing",
	},
}

func ringingTarget(changed bool) string {
	if changed {
		return "00420737000002"
	}
	return "00420737000001"
}

// pbxTarget: the object ids are only known after the create, so a PBX
// cell's fault covers the kind's URLs and is told apart by its method;
// within one test case each method is used by one cell only.
func pbxTarget(noun string) func(path, string) (string, string) {
	return func(p path, _ string) (string, string) {
		return methods[p], `/client/[^/]+/` + noun + `(/[^/]*)?$`
	}
}

var pbxInterval = &kind{
	row: "pbx_interval",
	typ: "telecom_pbx_interval",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name       = %q\n  timezone   = \"Europe/Prague\"\n  conditions = [{ month = %d }]\n", key, month(changed))
	},
	want: func(_ string, changed bool) string { return "Europe/Prague month " + strconv.Itoa(month(changed)) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, iv := range w.pbx.Sandbox.Intervals() {
			var months []string
			for _, c := range iv.Conditions {
				months = append(months, strconv.FormatInt(c.Month, 10))
			}
			out[iv.Name] = append(out[iv.Name], iv.Timezone+" month "+strings.Join(months, ","))
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("interval"),
	summary: map[path]string{
		create: "Error creating PBX interval", update: "Error updating PBX interval",
		remove: "Error deleting PBX interval", read: "Error reading PBX interval",
	},
}

func month(changed bool) int {
	if changed {
		return 2
	}
	return 1
}

var pbxDialRule = &kind{
	row: "pbx_dial_rule",
	typ: "telecom_pbx_dial_rule",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name  = %q\n  rules = [{ match_exp = \"^8(\\\\d{10})$\", repl_exp = %q }]\n", key, replacement(changed))
	},
	want: func(_ string, changed bool) string { return `^8(\d{10})$ => ` + replacement(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, l := range w.pbx.Sandbox.DialRules() {
			var rules []string
			for _, r := range l.DialRules {
				rules = append(rules, r.MatchExp+" => "+r.ReplExp)
			}
			out[l.Name] = append(out[l.Name], strings.Join(rules, "; "))
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("dial_rule"),
	summary: map[path]string{
		create: "Error creating PBX dial rule list", update: "Error updating PBX dial rule list",
		remove: "Error deleting PBX dial rule list", read: "Error reading PBX dial rule list",
	},
}

func replacement(changed bool) string {
	if changed {
		return `8\1`
	}
	return `7\1`
}

// odorikSpeedDial: the cells' speed dials are told apart by their names
// ("fm <path>"); the API assigns the shortcuts, so the update and delete
// faults go by method to any speed_dials/<shortcut>.json (one cell per
// method), and the create and read faults to the listing URL.
var odorikSpeedDial = &kind{
	row: "odorik_speed_dial",
	typ: "telecom_odorik_speed_dial",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  number = %q\n  name   = %q\n", speedDialTarget(changed), key)
	},
	want: func(_ string, changed bool) string { return speedDialTarget(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, sd := range w.odorik.Sandbox.SpeedDials() {
			if strings.HasPrefix(sd.Name, "fm ") {
				out[sd.Name] = append(out[sd.Name], sd.Number)
			}
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.odorik.Sandbox.Kit },
	target: func(p path, _ string) (string, string) {
		if p == create || p == read {
			return methods[p], `/speed_dials\.json$`
		}
		return methods[p], `/speed_dials/[^/]+\.json$`
	},
	summary: map[path]string{
		create: "Error creating Odorik speed dial", update: "Error updating Odorik speed dial",
		remove: "Error deleting Odorik speed dial", read: "Error reading Odorik speed dial",
	},
}

func speedDialTarget(changed bool) string {
	if changed {
		return "*754322"
	}
	return "*754321"
}

// pbxExtension: the key is the extension's number (the PBX answers it with
// the client's prefix); the update changes the label in place.
var pbxExtension = &kind{
	row: "pbx_extension",
	typ: "telecom_pbx_extension",
	key: func(p path) string { return strconv.Itoa(180 + p.index()) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name  = %q\n  type  = \"phone\"\n  label = %q\n", key, changedName("fm", changed))
	},
	want: func(_ string, changed bool) string { return "active " + changedName("fm", changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, e := range w.pbx.Sandbox.Extensions() {
			if worldExtension(e.ID) {
				continue // not a cell's: for the per-extension kinds
			}
			_, number, _ := strings.Cut(e.Name, "*")
			out[number] = append(out[number], e.Status+" "+e.Label)
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("extension"),
	summary: map[path]string{
		create: "Error creating PBX extension", update: "Error updating PBX extension",
		remove: "Error deleting PBX extension", read: "Error reading PBX extension",
	},
}

// pbxExtensionGroup: a group is its name, so the update renames it; the
// key is the name before.
var pbxExtensionGroup = &kind{
	row: "pbx_extension_group",
	typ: "telecom_pbx_extension_group",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name = %q\n", changedName(key, changed))
	},
	want: func(key string, changed bool) string { return changedName(key, changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, g := range w.pbx.Sandbox.ExtensionGroups() {
			key := strings.TrimSuffix(g.Name, changedSuffix)
			out[key] = append(out[key], g.Name)
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("extension_group"),
	summary: map[path]string{
		create: "Error creating PBX extension group", update: "Error updating PBX extension group",
		remove: "Error deleting PBX extension group", read: "Error reading PBX extension group",
	},
}

// pbxNetworkPermission: the update adds a network (the whole array is sent).
var pbxNetworkPermission = &kind{
	row: "pbx_network_permission",
	typ: "telecom_pbx_network_permission",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name              = %q\n  network_addresses = [\"%s\"]\n", key, strings.Join(networks(changed), `", "`))
	},
	want: func(_ string, changed bool) string { return strings.Join(networks(changed), " ") },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, p := range w.pbx.Sandbox.NetworkPermissions() {
			nets := append([]string{}, p.NetworkAddress...)
			sort.Strings(nets)
			out[p.Name] = append(out[p.Name], strings.Join(nets, " "))
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("network_permission"),
	summary: map[path]string{
		create: "Error creating PBX network permission", update: "Error updating PBX network permission",
		remove: "Error deleting PBX network permission", read: "Error reading PBX network permission",
	},
}

// pbxUser: a client user keyed by its login; the update renames it (the
// password is sent on create only).
var pbxUser = &kind{
	row: "pbx_user",
	typ: "telecom_pbx_user",
	key: func(p path) string { return "fm." + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  login               = %q\n  name                = %q\n  email               = \"fm@example.com\"\n"+
			"  password_wo         = \"fm-portal-secret\"\n  password_wo_version = 1\n", key, changedName("Fault matrix", changed))
	},
	want: func(_ string, changed bool) string { return changedName("Fault matrix", changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, u := range w.pbx.Sandbox.Users() {
			out[u.Login] = append(out[u.Login], u.Name)
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("user/client"),
	summary: map[path]string{
		create: "Error creating PBX portal user", update: "Error updating PBX portal user",
		remove: "Error deleting PBX portal user", read: "Error reading PBX portal user",
	},
}

// pbxAgent: a remote agent keyed by its name; the update changes its call
// timeout.
var pbxAgent = &kind{
	row: "pbx_agent",
	typ: "telecom_pbx_agent",
	key: func(p path) string { return "fm " + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  name         = %q\n  number       = \"+79160000001\"\n  call_timeout = %d\n", key, agentTimeout(changed))
	},
	want: func(_ string, changed bool) string { return "timeout " + strconv.Itoa(agentTimeout(changed)) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, a := range w.pbx.Sandbox.Agents() {
			out[a.Name] = append(out[a.Name], "timeout "+strconv.FormatInt(a.CallTimeout, 10))
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("agent/remote"),
	summary: map[path]string{
		create: "Error creating PBX agent", update: "Error updating PBX agent",
		remove: "Error deleting PBX agent", read: "Error reading PBX agent",
	},
}

func agentTimeout(changed bool) int {
	if changed {
		return 45
	}
	return 30
}

// pbxPhoneEvent: a webhook keyed by its URL; the update changes its
// method. Webhooks are created at /phone_events/ and changed at
// /phone_event/{id}: the target covers both.
var pbxPhoneEvent = &kind{
	row: "pbx_phone_event",
	typ: "telecom_pbx_phone_event",
	key: func(p path) string { return "https://hooks.example.com/fm/" + string(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  event_type = \"hangup\"\n  url        = %q\n  method     = %q\n", key, webhookMethod(changed))
	},
	want: func(_ string, changed bool) string { return webhookMethod(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, e := range w.pbx.Sandbox.PhoneEvents() {
			out[e.URL] = append(out[e.URL], e.Method)
		}
		return out
	},
	kit:    func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: pbxTarget("phone_events?"),
	summary: map[path]string{
		create: "Error creating PBX phone event", update: "Error updating PBX phone event",
		remove: "Error deleting PBX phone event", read: "Error reading PBX phone event",
	},
}

func webhookMethod(changed bool) string {
	if changed {
		return "POST"
	}
	return "GET"
}

// The per-extension kinds work on extensions the world puts in the
// emulator, one per cell (cellExtensionID), so that the extension id in
// the URL aims a fault at its cell; pbxExtension leaves them out.
const (
	incomingRulesExtensions  = 990100
	extensionEventExtensions = 990200
)

func cellExtensionID(base int64, p path) int64 { return base + int64(p.index()) }

// worldExtension tells the extensions the world made for the cells of the
// per-extension kinds.
func worldExtension(id int64) bool {
	for _, base := range []int64{incomingRulesExtensions, extensionEventExtensions} {
		if id >= base && id < base+int64(len(allPaths)) {
			return true
		}
	}
	return false
}

// pbxIncomingRules: one rule per cell; the update changes its type from
// busy to hangup (a PUT of the rule).
var pbxIncomingRules = &kind{
	row: "pbx_incoming_rules",
	typ: "telecom_pbx_incoming_rules",
	key: func(p path) string { return strconv.FormatInt(cellExtensionID(incomingRulesExtensions, p), 10) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  extension_id = %s\n  rules        = [{ type = %q }]\n", key, ruleType(changed))
	},
	want: func(_ string, changed bool) string { return ruleType(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, p := range allPaths {
			id := cellExtensionID(incomingRulesExtensions, p)
			for _, r := range w.pbx.Sandbox.IncomingRules(id) {
				out[strconv.FormatInt(id, 10)] = append(out[strconv.FormatInt(id, 10)], r.Type)
			}
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: func(p path, key string) (string, string) {
		return methods[p], `/extension/` + key + `/incom_rule(/[^/]*)?$`
	},
	summary: map[path]string{
		create: "Error creating PBX incoming-call rules", update: "Error updating PBX incoming-call rules",
		remove: "Error deleting PBX incoming-call rules", read: "Error reading PBX incoming-call rules",
	},
}

// pbxDIDAssignment: each cell routes a DID the world gave the client
// (cellDID) to an extension of the world; the update routes it to another.
// Create, update and destroy are all PUTs on the DID (destroy unassigns),
// so the URL's DID id aims the fault; a read is the DID listing.
var pbxDIDAssignment = &kind{
	row: "pbx_did_assignment",
	typ: "telecom_pbx_did_assignment",
	key: func(p path) string { return cellDIDNumber(p) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  number       = %q\n  extension_id = %d\n", key, didTarget(key, changed))
	},
	want: func(key string, changed bool) string { return fmt.Sprintf("extension %d", didTarget(key, changed)) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, d := range w.pbx.Sandbox.DIDs() {
			if d.ExtensionID != nil && *d.ExtensionID > 0 {
				out["+"+d.Name] = append(out["+"+d.Name], fmt.Sprintf("extension %d", *d.ExtensionID))
			}
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: func(p path, key string) (string, string) {
		if p == read {
			return http.MethodGet, `/client/[^/]+/did/?$`
		}
		return http.MethodPut, `/client/[^/]+/did/` + strconv.FormatInt(cellDIDID(key), 10) + `$`
	},
	summary: map[path]string{
		create: "Error creating PBX DID assignment", update: "Error updating PBX DID assignment",
		remove: "Error deleting PBX DID assignment", read: "Error reading PBX DID assignment",
	},
}

// The world's DIDs, one per cell: +74990000000 … with ids 990300 ….
const cellDIDs = 990300

func cellDIDNumber(p path) string { return fmt.Sprintf("+7499000000%d", p.index()) }

func cellDIDID(number string) int64 {
	for _, p := range allPaths {
		if cellDIDNumber(p) == number {
			return cellDIDs + int64(p.index())
		}
	}
	panic("not a cell's DID: " + number)
}

// didTarget is the world's extension a cell's DID rings: the incoming
// rules cell's extension of the same path, or the webhook cell's after the
// update.
func didTarget(number string, changed bool) int64 {
	base := int64(incomingRulesExtensions)
	if changed {
		base = extensionEventExtensions
	}
	return base + cellDIDID(number) - cellDIDs
}

func ruleType(changed bool) string {
	if changed {
		return "hangup"
	}
	return "busy"
}

// pbxExtensionEvent: one webhook per cell's extension; the update changes
// its method.
var pbxExtensionEvent = &kind{
	row: "pbx_extension_event",
	typ: "telecom_pbx_extension_event",
	key: func(p path) string { return strconv.FormatInt(cellExtensionID(extensionEventExtensions, p), 10) },
	body: func(_ *world, key string, changed bool) string {
		return fmt.Sprintf("  extension_id = %s\n  event_type   = \"answer\"\n  url          = \"https://hooks.example.com/fm\"\n  method       = %q\n",
			key, webhookMethod(changed))
	},
	want: func(_ string, changed bool) string { return webhookMethod(changed) },
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, e := range w.pbx.Sandbox.ExtensionEvents(0) {
			key := strconv.FormatInt(e.ExtensionID, 10)
			out[key] = append(out[key], e.Method)
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.pbx.Sandbox.Kit },
	target: func(p path, key string) (string, string) {
		return methods[p], `/extension/` + key + `/event(/[^/]*)?$`
	},
	summary: map[path]string{
		create: "Error creating PBX extension webhook", update: "Error updating PBX extension webhook",
		remove: "Error deleting PBX extension webhook", read: "Error reading PBX extension webhook",
	},
}

const changedSuffix = " changed"

func changedName(name string, changed bool) string {
	if changed {
		return name + changedSuffix
	}
	return name
}

// networks are sorted, as the emulator's networks are compared.
func networks(changed bool) []string {
	if changed {
		return []string{"192.0.2.0/24", "198.51.100.0/24"}
	}
	return []string{"192.0.2.0/24"}
}

// smsActions are the API actions of each path. Every SerwerSMS call is a
// POST to <action>.json, so the action is what tells the paths apart; a
// read may use view (the item) or index (the collection).
var smsActions = map[path]string{create: "add", update: "limit", remove: "delete", read: "(view|index)"}

var smsSubaccount = &kind{
	row: "sms_subaccount",
	typ: "telecom_sms_subaccount",
	key: func(p path) string { return "fm-" + string(p) },
	body: func(w *world, key string, changed bool) string {
		b := fmt.Sprintf("  username    = %q\n  password_wo = \"fm-Secret-1\"\n  template_id = %d\n", key, w.sms.TemplateID)
		if changed {
			// Only the update cell sets limits, so that its fault on the
			// limit action cannot be taken by another cell's create.
			b += "  limits      = { eco = 2 }\n"
		}
		return b
	},
	want: func(_ string, changed bool) string {
		if changed {
			return "limits map[eco:2]"
		}
		return "limits map[]"
	},
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, s := range w.sms.Sandbox.Subaccounts() {
			if s.ID == smssandbox.DemoTemplateID {
				continue // seeded, not the matrix's
			}
			out[s.Username] = append(out[s.Username], fmt.Sprintf("limits %v", w.sms.Sandbox.Limits(s.ID)))
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.sms.Sandbox.Kit },
	target: func(p path, _ string) (string, string) {
		return http.MethodPost, `^/subaccounts/` + smsActions[p] + `\.json$`
	},
	summary: map[path]string{
		create: "Error creating SMS subaccount", update: "Error setting SMS subaccount limits",
		remove: "Error deleting SMS subaccount", read: "Error reading SMS subaccount",
	},
}

var ipexNumber = &kind{
	row: "ipex_voip_number",
	typ: "telecom_ipex_voip_number",
	key: func(p path) string { return "60155010" + strconv.Itoa(p.index()) },
	body: func(w *world, key string, changed bool) string {
		clir, limit := ipexSettings(changed)
		return fmt.Sprintf("  number              = %q\n  customer_id         = %d\n  profile_id          = %d\n  tariff_plan_id      = %d\n  clir                = %q\n  international_limit = %d\n",
			key, w.ipex.CustomerID, sandbox.ProfileDefaultID, sandbox.TariffPlanStandardID, clir, limit)
	},
	want: func(_ string, changed bool) string {
		clir, limit := ipexSettings(changed)
		return fmt.Sprintf("active %s %d", clir, limit)
	},
	held: func(w *world) map[string][]string {
		out := map[string][]string{}
		for _, n := range w.ipex.Sandbox.Numbers() {
			if n.Number == sandbox.DemoExistingNumber || n.Status == sandbox.StatusCanceled {
				continue // seeded, or deactivated: no longer held
			}
			limit := "-"
			if n.InternationalLimit != nil {
				limit = strconv.FormatFloat(*n.InternationalLimit, 'f', -1, 64)
			}
			out[n.Number] = append(out[n.Number], fmt.Sprintf("%s %s %s", n.Status, n.CLIR, limit))
		}
		return out
	},
	kit: func(w *world) *sandboxkit.Kit { return w.ipex.Sandbox.Kit },
	target: func(p path, key string) (string, string) {
		if p == remove {
			// The update's change order is a PUT on the collection; the
			// deactivation always names the number.
			return http.MethodPut, `^/v1/voip/` + key + `(/[a-z]+)?$`
		}
		m := methods[p]
		return m, `^/v1/voip(/` + key + `(/[a-z]+)?)?$`
	},
	summary: map[path]string{
		create: "Error creating IPEX VoIP number", update: "Error changing IPEX VoIP number",
		remove: "Error deactivating IPEX VoIP number", read: "Error reading IPEX VoIP number",
	},
}

func ipexSettings(changed bool) (clir string, limit int) {
	if changed {
		return sandbox.CLIRTemporaryAllowed, 800
	}
	return sandbox.CLIRPermanent, 500
}
