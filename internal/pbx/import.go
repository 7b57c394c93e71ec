package pbx

import (
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// objectIDFormat is the import ID of every PBX object: <client_id>/<id>.
func objectIDFormat(idAttr string) resourceid.Format {
	return resourceid.Format{Parts: []string{"client_id", idAttr}, Example: "@me/42 or 12345/42"}
}

// importObject reads the parts of <client_id>/<object id> into client_id,
// idAttr and id; Read fills in the rest.
func importObject(idAttr string, parts []string) (resourcekit.Attributes, error) {
	id, err := importedObjectID(idAttr, parts)
	if err != nil {
		return nil, err
	}
	return resourcekit.Attributes{"id": objectID(parts[0], id), "client_id": parts[0], idAttr: id}, nil
}

// importedObjectID checks the client (the first part) of an import ID and
// reads the object's id (the last part).
func importedObjectID(idAttr string, parts []string) (int64, error) {
	if !clientIDPattern.MatchString(parts[0]) {
		return 0, resourceid.Invalidf("client_id %q in %q must be a numeric client id or @me", parts[0], resourceid.Join(parts...))
	}
	id, err := resourceid.PositiveInt(idAttr, parts[len(parts)-1])
	if err != nil {
		return 0, resourceid.Invalidf("%s in %q", err, resourceid.Join(parts...))
	}
	return id, nil
}
