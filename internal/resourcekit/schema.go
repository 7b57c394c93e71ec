package resourcekit

import (
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
)

// IDAttribute is the `id` of a resource: computed, and known in every plan
// after the create, so that a change elsewhere never shows it as unknown.
func IDAttribute(description string) schema.StringAttribute {
	return schema.StringAttribute{
		Computed:            true,
		MarkdownDescription: description,
		PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
}

// AssignedID is a numeric id the API assigns on create and never changes.
func AssignedID(description string) schema.Int64Attribute {
	return schema.Int64Attribute{
		Computed:            true,
		MarkdownDescription: description,
		PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
	}
}

// ComputedList is a data source's list of objects, each with the given
// (computed) attributes.
func ComputedList(description string, attributes map[string]dsschema.Attribute) dsschema.ListNestedAttribute {
	return dsschema.ListNestedAttribute{
		Computed:            true,
		MarkdownDescription: description,
		NestedObject:        dsschema.NestedAttributeObject{Attributes: attributes},
	}
}
