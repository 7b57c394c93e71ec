// Package sandbox emulates the Telphin cloud PBX REST API v1.0 (platform
// "Ringme", https://apiproxy.telphin.ru) for tests and the telecom-sandbox
// command: OAuth client credentials, client settings and default caller
// id, time intervals, outgoing-call (dial) rule lists, extensions,
// extension groups, trusted networks, DIDs, sounds, limits, portal users,
// call-centre agents and client webhooks (phone events); and per extension
// its incoming-call rules, SIP phone settings, webhooks and caller id.
//
// Served paths, relative to the host (point a client at server URL +
// BasePath for the API and server URL + TokenPath for tokens). {cid} is the
// numeric client id or "@me", {eid} an extension id; every route also
// answers with a trailing slash (or without one):
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
//	GET    /api/ver1.0/client/{cid}/extension/            list extensions (page, per_page, filters)
//	POST   /api/ver1.0/client/{cid}/extension/            create -> 201 (409 for a duplicate name)
//	GET    /api/ver1.0/client/{cid}/extension/{id}        one extension
//	PUT    /api/ver1.0/client/{cid}/extension/{id}        partial update -> 200 + object
//	DELETE /api/ver1.0/client/{cid}/extension/{id}        delete -> 204
//	GET    /api/ver1.0/client/{cid}/extension_group/      list groups (page, per_page, filters)
//	POST   /api/ver1.0/client/{cid}/extension_group/      create -> 201
//	GET    /api/ver1.0/client/{cid}/extension_group/{id}  one group
//	PUT    /api/ver1.0/client/{cid}/extension_group/{id}  partial update -> 200
//	DELETE /api/ver1.0/client/{cid}/extension_group/{id}  delete -> 204 (409 while in use)
//	GET    /api/ver1.0/client/{cid}/network_permission/   list trusted-network groups (page, per_page)
//	POST   /api/ver1.0/client/{cid}/network_permission/   create -> 201
//	GET    /api/ver1.0/client/{cid}/network_permission/{id}  one group
//	PUT    /api/ver1.0/client/{cid}/network_permission/{id}  partial update -> 200
//	DELETE /api/ver1.0/client/{cid}/network_permission/{id}  delete -> 204 (409 while in use)
//	GET    /api/ver1.0/client/{cid}/did/                  list DIDs (page, per_page, filters)
//	GET    /api/ver1.0/client/{cid}/did/{id}              one DID
//	PUT    /api/ver1.0/client/{cid}/did/{id}              route it (extension_id, message_extension_id)
//	GET    /api/ver1.0/client/{cid}/ani/                  the client's default caller id
//	PUT    /api/ver1.0/client/{cid}/ani/                  set it (ani_number, one of the DIDs)
//	GET    /api/ver1.0/client/{cid}/sound/                list sounds (page, per_page, filters)
//	GET    /api/ver1.0/client/{cid}/sound/{id}            one sound
//	GET    /api/ver1.0/client/{cid}/limit/                the client's limits
//	GET    /api/ver1.0/client/{cid}/user/{scope}/         list users (page, per_page, filters)
//	POST   /api/ver1.0/client/{cid}/user/{scope}/         create -> 201 (409 for a duplicate login)
//	GET    /api/ver1.0/client/{cid}/user/{scope}/{id}     one user
//	PUT    /api/ver1.0/client/{cid}/user/{scope}/{id}     partial update (password rotation) -> 200
//	DELETE /api/ver1.0/client/{cid}/user/{scope}/{id}     delete -> 204
//	                                                      ({scope}: client, extension, extension_group)
//	GET    /api/ver1.0/client/{cid}/agent/{kind}/         list agents (page, per_page; local: extension_id)
//	POST   /api/ver1.0/client/{cid}/agent/{kind}/         create -> 201
//	GET    /api/ver1.0/client/{cid}/agent/{kind}/{id}     one agent
//	PUT    /api/ver1.0/client/{cid}/agent/{kind}/{id}     partial update -> 200
//	DELETE /api/ver1.0/client/{cid}/agent/{kind}/{id}     delete (remove_from_queues) -> 204 (409 while queued)
//	                                                      ({kind}: local, remote)
//	GET    /api/ver1.0/client/{cid}/phone_events/         list webhooks (page, per_page)
//	POST   /api/ver1.0/client/{cid}/phone_events/         create -> 201
//	DELETE /api/ver1.0/client/{cid}/phone_events/         delete EVERY webhook of the client -> 204
//	GET    /api/ver1.0/client/{cid}/phone_event/{id}      one webhook
//	PUT    /api/ver1.0/client/{cid}/phone_event/{id}      partial update -> 200
//	DELETE /api/ver1.0/client/{cid}/phone_event/{id}      delete -> 204
//	GET    /api/ver1.0/extension/{eid}/incom_rule/        list the rules in evaluation order (page, per_page)
//	POST   /api/ver1.0/extension/{eid}/incom_rule/        create -> 201, appended at the end
//	PUT    /api/ver1.0/extension/{eid}/incom_rule/order/  reorder every rule -> 200 + the list
//	GET    /api/ver1.0/extension/{eid}/incom_rule/{id}    one rule
//	PUT    /api/ver1.0/extension/{eid}/incom_rule/{id}    partial update -> 200 (keeps its place)
//	DELETE /api/ver1.0/extension/{eid}/incom_rule/{id}    delete -> 204
//	GET    /api/ver1.0/extension/{eid}/phone/             SIP phone settings (type phone only)
//	PUT    /api/ver1.0/extension/{eid}/phone/             partial update -> 200
//	GET    /api/ver1.0/extension/{eid}/ani/               the extension's caller id
//	PUT    /api/ver1.0/extension/{eid}/ani/               set it (ani_number, one of the DIDs)
//	GET    /api/ver1.0/extension/{eid}/event/             list the extension's webhooks (page, per_page)
//	POST   /api/ver1.0/extension/{eid}/event/             create -> 201
//	DELETE /api/ver1.0/extension/{eid}/event/             delete EVERY webhook of the extension -> 204
//	GET    /api/ver1.0/extension/{eid}/event/{id}         one webhook
//	PUT    /api/ver1.0/extension/{eid}/event/{id}         partial update -> 200
//	DELETE /api/ver1.0/extension/{eid}/event/{id}         delete -> 204
//	       /api/ver1.0/client/{cid}/extension/{eid}/…     every /extension/{eid}/… route, client-scoped
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
//     (404/405), client id (404/403), extension id of /extension/{eid}/
//     (404/403), record id (404), body (400), whether the extension exists
//     (404), then the resource's own checks: references to other objects
//     (400), a duplicate (409), the client's limit (400).
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
//     are sorted by id ascending. Every list pages so, also those whose
//     seed page shows no page parameters (extension_group,
//     network_permission, user/*, agent/*, phone_events).
//   - [code] Array filters are repeated query keys (id=1&id=2).
//   - [inferred] A record passes a filter when its field equals one of the
//     values (exactly, case-sensitive); filters combine with AND and apply
//     before paging. Values of id filters must be integers (else 400
//     validation_error naming the key); a value outside an enum (type=modem)
//     matches nothing. Unknown query keys, also PHP-style key[]=, are
//     ignored.
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
//     detaches it; hold_music must be a sound of /sound/ (the client's own or
//     a shared one) and sip_network_permission_id a trusted-network group,
//     else 400; these ids are checked only when the body gives them (a
//     dangling id left by drift does not block other changes); null or 0
//     clears them, negative ids are 400; disk_space_notify_threshold is a
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
//     never reused. An interval an incoming rule links to cannot be deleted
//     (409 in_use naming the rule).
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
// # Extensions
//
//   - [doc] Fields (seed): id, client_id, name, type ('phone', 'queue',
//     'ivr', 'fax', 'conference'; the seed adds conference to the notes'
//     list), status ('active', 'blocked'; Default: blocked on POST), label,
//     caller_id_name, domain, create_date, extension_group_id, dial_rule_id,
//     dial_rule_limit (integer), ani, ani_rfc3325, did_as_transfer_caller_id
//     ('None', 'default', 'from', 'diversion'), message_did, extra_params.
//     POST requires name and type; PUT takes the POST's parameters less name
//     and type. The API answers the name as <client prefix>*<extension>
//     (e.g. 000*100) and a POST may give just the short extension. A dial
//     rule list is attached to an extension by dial_rule_id. List filters
//     id, name, type, status, extension_group_id. The caller-id fields some
//     other pages show (public_caller_id_number, ...) are not in the seed
//     and not served.
//   - [code] PUT is partial (clients send only caller_id_name and label).
//   - [inferred] A POST name is the short extension, exactly as many digits
//     as the client's extension_len (the seeded client: 3), or the full
//     name with the client's prefix (345); else 400. The answer, the store
//     and the name filter use the full name; a filter value without "*"
//     gets the prefix, as on POST. name and type in a PUT body are ignored
//     like the other read-only fields. A name the client already has is 409
//     {"message":"Extension 345*100 already exists (id …)",
//     "status":"already_exists"}. Unset nullable ids (extension_group_id,
//     dial_rule_id, dial_rule_limit) are null, strings "" (ani too;
//     /extension/{eid}/ani/ sets it),
//     did_as_transfer_caller_id "None" and extra_params the string "null"
//     (as the client's). extension_group_id and dial_rule_id must name an
//     existing group or list (400 "… does not exist"); null or 0 clears
//     them. dial_rule_limit is an integer >= 0 (0 is kept), null clears it.
//     message_did is "" or one of the client's DIDs (by name). domain is the
//     client's; create_date is the creation time in the client's timezone.
//     Deleting an extension unassigns the DIDs routed to it (their
//     extension_id / message_extension_id become null), takes every agent
//     out of it as a queue and deletes its incoming rules, phone settings
//     and webhooks; a dial rule list an extension uses cannot be
//     deleted (409 in_use, as the client's). An extension an extension user
//     or a local agent is bound to cannot be deleted: 409 in_use naming the
//     user or agent (not a cascade: the docs say nothing, and a refusal
//     shows a client that deletes in the wrong order). Ids start at
//     FirstExtensionID (372850, the extension of the documented ANI
//     example).
//
// # Extension groups
//
//   - [doc] name (required on POST) and extra_params; the answer adds id
//     and client_id. List filters id, name.
//   - [inferred] Names need not be unique. extra_params is "null" unless a
//     POST gives it. Deleting a group an extension belongs to, or an
//     extension group user is bound to, is 409 in_use naming the extension
//     or user. Ids start at FirstExtensionGroupID.
//
// # Trusted networks (network_permission)
//
//   - [doc] name (required on POST), network_address (array of
//     "address/mask"), network_count (read-only, Default: 0); the answer
//     adds id and client_id. The group applies to SIP registration (the
//     client's sip_network_permission_id, or an extension's own).
//   - [code] PUT replaces network_address whole.
//   - [inferred] network_address is optional ([] when not given); each item
//     is an IPv4 address/mask: dotted decimal without leading zeros, mask
//     0..32, host bits allowed and kept as sent; IPv6, a bare address or a
//     non-string is 400 naming network_address[i]. Duplicates are kept.
//     network_count is the number of networks. The group the client or a
//     phone (see Phone settings) has as sip_network_permission_id cannot be
//     deleted (409 in_use). No filters
//     (the seed shows none). Ids start at FirstNetworkPermissionID.
//
// # DIDs
//
//   - [doc] GET list (filters id, name, domain, extension_id,
//     message_extension_id), GET /{id}, PUT /{id} with extension_id and
//     message_extension_id. Fields: id, client_id, name, comment, domain (an
//     object), create_date, allow_message, extension_id,
//     message_extension_id. DIDs are bought outside the API: no POST or
//     DELETE (405). A name is the number with its country code, digits only,
//     as in the documented ANI example 78121234567.
//   - [inferred] domain is {"id": DemoDomainID, "name": <client domain>}
//     and the domain filter matches its name; the name filter matches
//     exactly (no "+" or "00" spellings). extension_id and
//     message_extension_id must name an existing extension (400), null or 0
//     unassigns; other fields of the body are ignored. message_extension_id
//     may only be set on a DID with allow_message (else 400). Seeded: four
//     DIDs from FirstDIDID, none routed: DemoDID (78121234567), DemoMessageDID
//     (74951234567, the only one with allow_message), 74951234568 and
//     78001234567.
//
// # Default caller id (ANI)
//
//   - [doc] PUT /client/{cid}/ani/ takes ani_number (required), which must
//     be one of the client's DIDs; GET and PUT answer {"default": <number>},
//     documented as 'None' when none is set. The docs speak of resetting it.
//   - [inferred] "None" is the string. ani_number "" resets it; a missing
//     or null ani_number, or a number that is not the name of one of the
//     client's DIDs (exact spelling), is 400 validation_error.
//
// # Sounds
//
//   - [doc] GET /client/{cid}/sound/ with page, per_page, id and title
//     (arrays) and own_only (boolean); fields id, client_id, dealer_id,
//     title, filename.
//   - [inferred] Only the list and GET /{id} are served (uploads, PUT,
//     DELETE: 405; /sound/search/ is not served). The list has the
//     client's own sounds (client_id set) and its dealer's shared ones
//     (client_id null); own_only=true (true/false/1/0, any case) keeps the
//     own ones, another value is 400; title matches exactly. Seeded: five
//     sounds from FirstSoundID, three shared and two own
//     (DemoHoldMusicSoundID is the client's music on hold).
//
// # Limits
//
//   - [doc] GET /client/{cid}/limit/ answers disk_quota, ivr_option_limit,
//     dial_rule_limit, user_extension_group_limit, extension_agent_limit,
//     ivr_rule_limit, sound_limit, application_limit, user_client_limit,
//     extension_group_limit, user_extension_limit, calls_limit,
//     network_permission_limit, remote_agent_limit, interval_limit,
//     event_limit, extension_limit, incom_rule_limit, ivr_context_limit and
//     reg_limit (integers; disk_quota and reg_limit Default: 0). They cap the
//     number of the client's objects.
//   - [inferred] 0 means no limit. A POST that would pass extension_limit,
//     extension_group_limit, network_permission_limit, interval_limit,
//     dial_rule_limit, user_client_limit, user_extension_limit,
//     user_extension_group_limit (users of each scope), extension_agent_limit
//     (local agents), remote_agent_limit, event_limit (client and extension
//     webhooks together; the docs name it as the cap of the webhooks) or
//     incom_rule_limit (incoming rules, see there) answers 400 {"message":"extension_limit reached: the
//     client already has 2 of 2","status":"limit_exceeded"} (the docs give
//     no code; not 429, since retrying does not help, and not 409, which a
//     client may take for a duplicate). Lowering a limit below the count
//     only refuses new objects. Seeded limits (see seedLimits) are
//     plausible inventions; interval_limit and dial_rule_limit are 0 so that
//     intervals and dial rule lists stay unlimited unless a test sets them.
//     The user limits count for the whole client, not per extension or
//     group.
//
// # Portal users (user/client, user/extension, user/extension_group)
//
//   - [doc] Three scopes at /client/{cid}/user/<scope>/, each with list,
//     POST, GET, PUT and DELETE. POST takes login, name, email and password
//     (all required), access ('full', 'read_only'), status ('active',
//     'blocked'), timezone, comment, extra_params, email_notify (boolean,
//     Default: False: mail the access data to the new user) and
//     email_for_notify; extension users also extension_id, extension group
//     users extension_group_id (both required). PUT takes the same less
//     login, email_notify and email_for_notify; password changes the
//     password. The answer has id, login, name, email, access, status,
//     timezone, comment and extra_params, plus client_id (client users),
//     extension_id or extension_group_id: no password. List filters: client
//     users id and login; the others id, login, name, email, comment,
//     status, timezone, access and extension_id / extension_group_id.
//   - [inferred] The scopes share one id count (FirstUserID) and one login
//     space, but each path serves only its own users (another scope's id
//     is 404 Record not found). login is unique over all users: a duplicate
//     is 409 {"message":"User login \"anna\" already exists (id …)",
//     "status":"already_exists"}; logins compare exactly (case-sensitive),
//     must not be empty or contain blanks, and are not writable (ignored in
//     a PUT). Defaults: access full, status active, timezone the client's,
//     comment "", extra_params "null". email needs one @ with text on both
//     sides and no blanks; password is any non-empty string, never
//     answered (UserPassword tells it). timezone as the client's (IANA).
//     extension_id / extension_group_id must name an existing extension /
//     group (400 "… does not exist"), may change with a PUT but never be
//     null or 0 (400). email_notify and email_for_notify are type-checked
//     and dropped (no mail is sent); in a PUT they are ignored.
//
// # Call-centre agents (agent/local, agent/remote)
//
//   - [doc] Local agents answer on an extension (extension_id, required on
//     POST, not in the PUT parameters), remote ones on a phone number
//     (number, required on POST, writable). Both take name (required on
//     POST), status ('logged_out', 'available'; Default: available),
//     agent_sound_id, busy_delay_time, no_answer_delay_time and
//     reject_delay_time (Default: 10 each), wrap_up_time (Default: 0),
//     call_timeout (Default: 60) and extra_params. The answer types status
//     as an object. The local list filters on extension_id; the remote one
//     has no filters. DELETE takes remove_from_queues (boolean, Default:
//     True). The agent webhooks (…/agent/{kind}/{id}/event/) are not
//     served (404).
//   - [inferred] status is a string on write (an object is 400) and is
//     answered as the object {"name": "available", "title": "Available"}
//     (AgentStatus; "Logged out" for logged_out): clients should read name.
//     WithAgentStatusString answers the plain string instead. The answer
//     has id, name, status, agent_sound_id (null when unset), the five
//     times, extra_params ("null" by default) and extension_id (local) or
//     number (remote); no client_id, as the docs list none. Local and
//     remote agents share one id count (FirstAgentID); each path serves
//     only its own kind. extension_id must name an existing extension (any
//     type); agent_sound_id a sound of /sound/ (null or 0 clears it); the
//     delays and wrap_up_time are integers >= 0, call_timeout > 0; number
//     is 3 to 20 digits after an optional +. Names need not be unique.
//     Queue membership has no call in the docs: tests set it (Agent.Queues,
//     ids of queue extensions; PutAgent). DELETE without
//     remove_from_queues or with true (true/false/1/0, any case; another
//     value is 400) deletes the agent and its memberships; with false, an
//     agent in a queue is 409 in_use naming the queues (an agent in no
//     queue is deleted). Every DELETE of an agent is kept by the Kit's
//     recorder; AgentDeletions lists them with whether and how
//     remove_from_queues was given.
//
// # Client webhooks (phone events)
//
//   - [doc] POST and GET (list) at /client/{cid}/phone_events/ (plural),
//     GET, PUT and DELETE of one at /client/{cid}/phone_event/{id}
//     (singular), and DELETE /client/{cid}/phone_events/, which deletes
//     every webhook of the client. Fields: url, method ('GET', 'POST') and
//     event_type ('dial-in', 'dial-out', 'hangup', 'answer', 'message-in',
//     'message-out', 'voicemail'), all required on POST; the answer adds
//     id. Their number is capped by event_limit.
//   - [inferred] The plural path with an id and the singular one without
//     are not routes (404 Not found). The enums are case-sensitive; url
//     must be an absolute http or https URL with a host. Duplicates are
//     allowed; no list filters; no client_id in the answer. The delete-all
//     answers 204 even when there is nothing to delete. Every call to it,
//     whatever it answers (401, 403, a fault), is kept by the Kit's
//     recorder: DeleteAllPhoneEventsCalls lists them, so a test can prove a
//     client never sent it. Ids start at FirstPhoneEventID.
//
// # Extension sub-resources (/extension/{eid}/…)
//
//   - [doc] Incoming rules, phone settings, the caller id and webhooks of
//     an extension live at /extension/{eid}/<resource>/ directly below
//     BasePath (no client in the path); an extension user may write @me
//     for {eid}.
//   - [inferred] Every route is also served client-scoped at
//     /client/{cid}/extension/{eid}/<resource>/, with the client checks
//     above. {eid} must be a positive integer (else 404 Record not found;
//     @me too, since the token is a client application's, not an
//     extension user's); ForeignExtensionID, an extension of
//     ForeignClientID, answers 403 access_denied; an unknown extension is
//     404 {"message":"Record not found"}, checked after the body is read.
//     A record of another extension is 404 Record not found on this
//     extension's path. Deleting an extension deletes its incoming rules,
//     phone settings and webhooks; its caller id is a field of its own.
//     Every wire name below that the docs do not show is kept in wire.go.
//
// # Incoming-call rules (incom_rule)
//
//   - [doc] Rules of an extension of any type: list, POST (201), GET, PUT
//     ("the changed fields", id excluded) and DELETE of one, and PUT
//     …/incom_rule/order/ with an IncomingRuleOrder body. Fields: id,
//     type (required: busy, transfer, simple_transfer, hangup, playfile,
//     voicemail, cascade; group_call is simple_transfer's older name), name
//     (Default: null), allow_public_transfer (Default: true), call_status
//     ('any' default, 'no_answer', 'busy'), caller_id_action ('any'
//     default, 'matches', 'not_matches', 'anonymous'), caller_id (a PCRE,
//     Default: null, required for matches and not_matches),
//     cascade_numbers (array of {delay, number}, Default: [], required for
//     cascade), playfile_sound (a sound id, for playfile), transfer_dst
//     (for transfer and simple_transfer; at most 10 for transfer;
//     simple_transfer is meant for more) and a link to a time interval.
//     incom_rule_limit caps the rules. voicemail uses a phone's voicemail.
//   - [inferred] The list is the evaluation order: POST appends, PUT keeps
//     a rule's place, DELETE closes the gap, PUT …/order/ rearranges
//     (the provider does not use it). Ids are one count for all
//     extensions from FirstIncomingRuleID (the docs promise only that they
//     are unique within the extension). The interval link is interval_id
//     (wireRuleInterval; must name an interval, null or 0 clears it). The
//     order body is {"order": [ids]} (wireRuleOrder): every rule id of the
//     extension exactly once (else 400 naming order[i] or the missing
//     ids); it answers 200 with the whole list in the new order. GET
//     …/order/ is 405. transfer_dst is a JSON array of strings; its
//     numbers, and cascade numbers, are an external number (2 to 20
//     digits, a leading + allowed) or an extension, short (100) or full
//     (345*100). transfer takes 1 to 10 numbers, simple_transfer and
//     group_call at least 1 (no cap); cascade at least one
//     {delay: integer >= 0, number}, both required, kept as sent (the
//     docs' shift of the smallest delay to 0 is not applied); playfile a
//     sound of /sound/. group_call is accepted and answered as sent.
//     caller_id is checked like match_exp of dial rules; "" counts as
//     null. The fields of another type (transfer_dst, cascade_numbers,
//     playfile_sound), and caller_id for caller_id_action any or
//     anonymous, are 400 "does not belong to …" when the body gives them a
//     value; null, [] and 0 are accepted, so a GET answer sent back is a
//     valid PUT body. A PUT is checked on the rule it results in: a new
//     type needs its own field and clears the old type's fields, a new
//     caller_id_action clears caller_id or needs one. voicemail rules need
//     an extension of type phone (400 naming type). name null clears it.
//     The answer has id, type, name, allow_public_transfer, call_status,
//     caller_id_action, caller_id, transfer_dst and cascade_numbers (never
//     null), playfile_sound and interval_id; no extension_id. No ring
//     timeout or enabled flag (not seen; unknown fields are ignored).
//     incom_rule_limit counts all the client's rules
//     (WithIncomingRuleLimitPerExtension: each extension's), 400
//     limit_exceeded as the other limits. An interval a rule links to
//     cannot be deleted (409 in_use); a sound or interval that vanished by
//     drift does not block other changes.
//
// # Phone settings (phone)
//
//   - [doc] A singleton per extension of type phone (PhoneProperties), GET
//     and PUT only. Fields: password (the SIP password), auth_type
//     ('digest' default, 'network', 'both'), a trusted-network group used
//     for network and both, allow_webrtc, record_enabled, record_transfer,
//     label, announce_sound_upon_outgoing_call and
//     announce_sound_upon_incoming_call (sound ids),
//     append_to_cid_name_on_transfer, call_screening_enabled (Default:
//     false), conference_pin, conference_announce_caller_name and
//     conference_end_on_exit (Default: true each).
//   - [inferred] PUT is partial. The group is sip_network_permission_id
//     (wirePhoneNetworkPermission), as the client's: a trusted-network
//     group, null or 0 clears it, stored whatever auth_type is. Sound ids
//     must be sounds of /sound/ (null or 0 clears). The other defaults:
//     booleans false, strings "", ids null, no password. password must not
//     be empty; conference_pin is digits or "" (none). Whether the answer
//     has the password is not documented: by default it is left out;
//     WithPhonePasswordInAnswers answers it in clear or masked
//     (PhonePasswordMask, "" when none is set). label is the phone's own,
//     apart from the extension's label. Voicemail fields were not seen and
//     are not served. For an extension of another type GET and PUT answer
//     400 {"message":"Extension 345*500 is of type queue: phone settings
//     exist only for extensions of type phone","status":"validation_error"}.
//     The answer has no extension_id.
//
// # Extension caller id (ani)
//
//   - [doc] PUT /extension/{eid}/ani/ takes ani_number (required, one of
//     the client's DIDs); GET and PUT answer {"default": <number>},
//     'None' when none is set; the docs speak of resetting it.
//   - [inferred] As the client's caller id (same checks; "" resets it).
//     It is the extension's ani field (GET /client/{cid}/extension/{id}
//     shows it); any extension type may have one.
//
// # Extension webhooks (event)
//
//   - [doc] GET (list) and POST at /extension/{eid}/event/ with the fields
//     of a client webhook (url, method, event_type, all required on POST);
//     their number is capped by event_limit. [code] GET, PUT and DELETE of
//     one at /extension/{eid}/event/{id}; DELETE /extension/{eid}/event/
//     deletes every webhook of the extension.
//   - [inferred] Validation and answers are the client webhooks' (no
//     extension_id in the answer). event_limit counts the client's and
//     every extension's webhooks together. Ids start at
//     FirstExtensionEventID. Every DELETE of /extension/{eid}/event/ (either
//     spelling), whatever it answers, is kept by the Kit's recorder:
//     DeleteAllExtensionEventsCalls(eid) lists them.
//
// # Test helpers and state
//
// Seeded data: the application DemoAppID/DemoAppSecret; the client
// DemoClientID (DemoClientName, DemoTimezone, prefix 345, extension_len 3)
// with no dial rule list attached and no default caller id; its DIDs and
// sounds (above) and limits; no intervals, dial rule lists, extensions,
// extension groups, trusted-network groups, users, agents, webhooks or
// incoming rules.
//
// For every object type X (Interval, DialRule, Extension, ExtensionGroup,
// NetworkPermission, DID, Sound, User, Agent, PhoneEvent) the helpers Xs,
// X, PutX and DeleteX read and change the state behind the API, as do
// ClientInfo, SetClientInfo, ClientANI, SetClientANI, Limits and SetLimits
// (WithLimits sets the limits at start): without validation, recording,
// quota or faults; PutDID is how a test gives the client another number,
// PutAgent how it puts an agent into queues. Users and User leave the
// password out; UserPassword tells a user's current password and
// SetUserPassword sets it (PutUser keeps it). Per extension:
// IncomingRules(eid) lists an extension's rules in evaluation order,
// IncomingRule, PutIncomingRule (a replaced rule keeps its place, a new one
// goes last), InsertIncomingRule(pos, r) (puts or moves a rule to index
// pos, as drift) and DeleteIncomingRule; ExtensionPhone and
// PutExtensionPhone (without the password), PhonePassword and
// SetPhonePassword; ExtensionEvents(eid) (0: all), ExtensionEvent,
// PutExtensionEvent and DeleteExtensionEvent; ExtensionANI (PutExtension
// sets it). DeleteExtension also removes the extension's rules, phone
// settings and webhooks (DIDs, users and agents bound to it dangle).
// AgentDeletions, DeleteAllPhoneEventsCalls and
// DeleteAllExtensionEventsCalls read the Kit's recorded requests (so
// Kit.ResetRequests forgets them). Snapshot and Restore persist the data
// (client, default caller id, limits, every object type, users and phones
// with their passwords, agents with their queues, incoming rules in their
// order, next ids); a snapshot of an older build, without the newer
// members, restores with the seeded DIDs and sounds and the configured
// limits, and no users, agents, webhooks, incoming rules or phone
// settings (phones have the defaults).
// Issued tokens, the quota window and the options are runtime state and
// are not part of it, so tokens stay valid across Restore.
//
// Server.Kit records every request (the token requests too) and injects
// faults in front of the whole server (package sandboxkit).
package sandbox
