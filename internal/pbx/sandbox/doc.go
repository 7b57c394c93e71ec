// Package sandbox emulates the Telphin cloud PBX REST API v1.0 (platform
// "Ringme", https://apiproxy.telphin.ru) for tests and the telecom-sandbox
// command: OAuth client credentials, client settings, time intervals and
// outgoing-call (dial) rule lists.
//
// Served paths, relative to the host (point a client at server URL +
// BasePath for the API and server URL + TokenPath for tokens). {cid} is the
// numeric client id or "@me"; every route also answers with a trailing
// slash (or without one):
//
//	POST   /oauth/token                                   access token (client credentials)
//	GET    /api/ver1.0/client/client_info/{cid}/          client settings
//	PUT    /api/ver1.0/client/client_info/{cid}/          partial update of the writable settings
//	GET    /api/ver1.0/client/{cid}/                      client settings (same object)
//	GET    /api/ver1.0/client/{cid}/client/               client settings (same object)
//	PUT    /api/ver1.0/client/{cid}/client/               as PUT client_info
//	GET    /api/ver1.0/client/{cid}/interval/             list intervals (page, per_page)
//	POST   /api/ver1.0/client/{cid}/interval/             create an interval -> 201 + object
//	GET    /api/ver1.0/client/{cid}/interval/{id}         one interval
//	PUT    /api/ver1.0/client/{cid}/interval/{id}         partial update -> 200 + object
//	DELETE /api/ver1.0/client/{cid}/interval/{id}         delete -> 204
//	GET    /api/ver1.0/client/{cid}/dial_rule/            list dial rule lists (page, per_page)
//	POST   /api/ver1.0/client/{cid}/dial_rule/            create a list -> 201 + object
//	GET    /api/ver1.0/client/{cid}/dial_rule/{id}        one list
//	PUT    /api/ver1.0/client/{cid}/dial_rule/{id}        partial update -> 200 + object
//	DELETE /api/ver1.0/client/{cid}/dial_rule/{id}        delete -> 204 (409 while attached)
//
// Tags: [doc] vendor documentation, including the API reference page the
// seed was taken from (where the seed and the notes differ, the seed is
// followed); [code] public clients of the real service; [inferred] chosen
// here where the sources are silent.
//
// # Authentication
//
//   - [doc] POST /oauth/token, form fields grant_type=client_credentials,
//     client_id (App ID), client_secret (App Secret); answer
//     {"access_token","token_type":"Bearer","expires_in":3600,"scope":"all"};
//     every API call sends Authorization: Bearer <token>; a missing,
//     invalid or expired token answers 401 with a message and no status.
//   - [code] The fields may also come in the query string (the form body
//     wins for a field in both); tokens are 32 characters; expires_in may be
//     missing (WithoutExpiresIn); there is no refresh token.
//   - [inferred] Tokens are 32 lowercase hex digits; every token request
//     issues a new token and earlier ones stay valid until they expire
//     (WithTokenTTL, default one hour; expires_in is the TTL rounded up to
//     seconds). A missing grant_type answers 400 status invalid_request, any
//     other grant (authorization_code, password) 400 unsupported_grant_type;
//     the grant is checked before the credentials; wrong or missing
//     credentials answer 401 {"message":"Invalid client credentials"}. Only
//     POST (others 405 with Allow: POST); a JSON body is not read; HTTP Basic
//     client authentication is not accepted. The token endpoint is neither
//     rate-limited nor carries X-RateLimit-* headers. The Bearer scheme is
//     case-insensitive; tokens are accepted only in the header. 401 messages
//     tell apart a missing header, an unknown token and an expired (or
//     revoked, see RevokeTokens) one.
//
// # Clients and errors
//
//   - [doc] Errors are {"message": "...", "status": "..."} with status
//     optional; 403 access_denied, 404 client_not_found, 429
//     rate_limit_exceeded; a missing record answers 404 {"message":"Record
//     not found"} (also a [code] fixture). Success codes are GET 200, POST
//     201 with the created object, PUT 200 with the object, DELETE 204
//     without a body.
//   - [code] "@me" stands for the token's client.
//   - [inferred] The token belongs to DemoClientID. ForeignClientID exists
//     but is not this application's: 403 {"status":"access_denied"}. Any
//     other client id, also a non-numeric one, is 404 {"message":"Client
//     not found","status":"client_not_found"}. A record id that is not a
//     positive integer is 404 Record not found. Unknown paths below BasePath
//     (including real Telphin resources this emulator does not serve) are
//     404 {"message":"Not found"}; paths outside BasePath and TokenPath too,
//     but before authentication and without quota headers. A method the
//     route does not serve is 405 {"message":"Method not allowed"} with an
//     Allow header. Order of checks: bearer token (401), quota (429), route
//     (404/405), client id (404/403), record id (404), body (400), then the
//     resource's own checks.
//
// # Request and response encoding
//
//   - [doc] JSON bodies; the vendor requires clients to send
//     Accept-Encoding: gzip, so every JSON answer (errors and the token
//     answer included) is gzip-compressed when the request accepts gzip (or
//     *) with a non-zero quality, with Content-Encoding: gzip and Vary:
//     Accept-Encoding. Datetimes are "YYYY-MM-DD HH:MM:SS".
//   - [code] POST and PUT send Content-Type: application/json; PUT bodies
//     are partial: fields left out keep their values, and an array given
//     (conditions, dial_rules) replaces the whole array.
//   - [inferred] Content-Type is exactly "application/json"; a 204 has no
//     Content-Type and no body. A POST or PUT body not declared as
//     application/json (parameters allowed), empty, not a JSON object or
//     malformed answers 400 status invalid_body. GET and DELETE ignore any
//     body. Unknown and read-only fields in a body (id, client_id, type, …)
//     are ignored. null counts as "not given", except that null clears the
//     nullable ids of the client (hold_music, sip_network_permission_id,
//     dial_rule_id). A field of the wrong JSON type is 400; integers must be
//     JSON integers (not strings, not fractions). Validation answers the
//     first problem found as 400 {"message":"<field>: <problem>",
//     "status":"validation_error"}, where <field> is a path such as
//     conditions[2].start_dow or dial_rules[0].match_exp.
//
// # Lists
//
//   - [code] Lists are bare JSON arrays and take page and per_page.
//   - [inferred] page is 1-based (default 1); per_page defaults to
//     DefaultPerPage (20, so clients must page) and may be 1..MaxPerPage
//     (500); a value out of range or not an integer is 400
//     validation_error (not clamped). Past the end the answer is []. Items
//     are sorted by id ascending.
//
// # Rate limit
//
//   - [doc] An hourly request quota per client; every response carries
//     X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset
//     (seconds until the quota resets); when it runs out the answer is 429
//     status rate_limit_exceeded until the next hour.
//   - [inferred] Default 10000 per hour (WithRateLimit, SetRateLimit).
//     Windows are aligned to multiples of the window length (whole clock
//     hours by default); Reset is an integer, rounded up. Every API request
//     that passed authentication counts, whatever it answers (404, 400, …);
//     401 answers are not counted but carry the headers; once the quota is
//     used up, 429 answers do not count further. No Retry-After header
//     unless WithRetryAfterOn429. ExhaustQuota forces 429 for a while. With
//     a single client the quota is global.
//
// # Client settings
//
//   - [doc] The object has every resource field of the seed reference (see
//     ClientInfo). Writable through PUT: hold_music, call_interactive_url,
//     call_interactive_method ('GET' or 'POST'), call_interactive_timeout,
//     call_interactive_out_call, sip_network_permission_id, timezone,
//     disk_space_notify_email, disk_space_notify_threshold, dial_rule_id,
//     geo_list. Defaults: timezone Europe/Moscow, call_interactive_method
//     GET, record_format mp3, record_stereo and call_interactive_out_call
//     false. extra_params may be the string "null" (seeded so). A dial rule
//     list is attached to the client by setting dial_rule_id. The seed page
//     also lists GET/PUT /client/{cid}/client/ with the same object; it is
//     served as an alias.
//   - [inferred] GET /client/{cid}/ answers the same object and is
//     read-only. Other fields in a PUT body are ignored. timezone must be
//     a known zone (below); call_interactive_method is case-sensitive;
//     dial_rule_id must name an existing list (else 400), null or 0
//     detaches it; hold_music and sip_network_permission_id are not checked
//     against anything (sounds and network groups are not emulated), null or
//     0 clears them, negative ids are 400; disk_space_notify_threshold is a
//     percentage 0..100; call_interactive_timeout must not be negative;
//     strings (url, email, geo_list) are not validated. Unset ids are null.
//     The seeded values other than the documented defaults are invented.
//
// # Intervals
//
//   - [doc] Body: name, timezone (IANA name, or "UTC") and conditions, all
//     required on POST. A condition has start_datetime/end_datetime
//     ("YYYY-MM-DD HH:MM:SS"; when both are set the other fields are
//     ignored), start_dow/end_dow (1..7, 1 = Sunday), start_mday/end_mday
//     (1..31), month (1..12, the only field that may stand alone),
//     start_time/end_time, sched_start_date ("YYYY-MM-DD"),
//     sched_active_days and sched_skip_days (at least 1). Fields come in
//     start/end pairs and start must be less than end, except that start_dow
//     > end_dow wraps around the week. Numbers are 0 when not set. The
//     answer has id, client_id, dealer_id, extension_id, name, timezone and
//     conditions with the interval_condition fields, including type.
//   - [code] PUT is partial (see above). The seed marks name, timezone and
//     conditions "Required." for PUT as well; WithStrictIntervalPut enforces
//     that instead.
//   - [inferred] Strings are "" and numbers 0 when not set, on input and on
//     output, so a GET answer sent back as a PUT body is accepted. Times are
//     accepted as HH:MM or HH:MM:SS (two-digit hours, 00:00 to 23:59:59) and
//     answered as HH:MM:SS; start_time must be before end_time (no overnight
//     wrap: use two conditions). start_mday must be less than end_mday;
//     start_dow == end_dow is one day. Datetimes and dates must match their
//     format exactly and be real calendar dates; start_datetime must be
//     before end_datetime. The three sched_* fields are all or nothing and
//     may be combined with the other fields. When start/end_datetime are
//     set the other fields are still validated and stored. A condition with
//     no field set is 400. name must not be empty or blanks; an empty
//     conditions array is 400. Timezones are checked against Go's tz
//     database (embedded, names case-sensitive); "" and "Local" are
//     rejected. type is derived and read-only: "datetime" (start/
//     end_datetime set), "scheduled_days" (sched_* set), else "periodic".
//     extension_id is null (client-level intervals); dealer_id is
//     DemoDealerID. Ids start at FirstIntervalID, only increase and are
//     never reused.
//
// # Dial rule lists
//
//   - [doc] A list has a required name and a required array dial_rules of
//     rules {match_exp (required, a PCRE), repl_exp (required, with \1
//     backreferences), comment (optional)}; the answer adds id, client_id
//     and dealer_id. Rules are tried in array order, which is kept.
//   - [inferred] An empty dial_rules array is 400; match_exp must not be
//     empty and must compile: it is checked with github.com/dlclark/regexp2
//     (RE2 mode off), so look-arounds, backreferences, atomic and named
//     groups are accepted; possessive quantifiers and \Q…\E are rewritten
//     first. Known false rejections: PCRE-only recursion (?R), \K, \R, \h,
//     branch reset (?|…). repl_exp may be "" (it probably blocks the call).
//     comment is "" when not set. PUT is partial; dial_rules replaces the
//     whole array. DELETE of the list the client has attached (its
//     dial_rule_id) is 409 {"message":"… in use …","status":"in_use"}. Ids
//     start at FirstDialRuleID (61, the id of the documented example) and
//     are separate from interval ids.
//
// # Test helpers and state
//
// Seeded data: the application DemoAppID/DemoAppSecret and the client
// DemoClientID (DemoClientName, DemoTimezone) with no dial rule list
// attached; no intervals and no dial rule lists.
//
// Intervals, Interval, PutInterval, DeleteInterval, DialRules, DialRule,
// PutDialRule, DeleteDialRule, ClientInfo and SetClientInfo read and change
// the state behind the API, without validation, recording, quota or faults.
// Snapshot and Restore persist the data (client, intervals, lists, next
// ids); issued tokens, the quota window and the options are runtime state
// and are not part of it, so tokens stay valid across Restore.
//
// Server.Kit records every request (the token requests too) and injects
// faults in front of the whole server (package sandboxkit).
package sandbox
