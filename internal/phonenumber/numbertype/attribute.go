package numbertype

import (
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// Required is a required number attribute checked by v, whose change
// (other than of spelling) replaces the object: what an API that cannot
// change a number in place needs.
func Required(v validator.String, description string) schema.StringAttribute {
	return schema.StringAttribute{
		Required:            true,
		CustomType:          Type{},
		MarkdownDescription: description,
		Validators:          []validator.String{v},
		PlanModifiers:       []planmodifier.String{RequiresReplaceUnlessSameNumber()},
	}
}
