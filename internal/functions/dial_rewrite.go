package functions

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/dialrule"
)

// NewDialRewrite is provider::telecom::dial_rewrite.
func NewDialRewrite() function.Function {
	return providerFunc[types.Dynamic, string]{name: "dial_rewrite", run: dialRewrite, definition: function.Definition{
		Summary: "What a PBX outgoing-call rule list turns a dialled number into.",
		MarkdownDescription: "Applies a Telphin rule list the way the PBX does: the rules are tried in order and the " +
			"first whose `match_exp` (PCRE, the same engine and checks as `telecom_pbx_dial_rule`) matches wins; the " +
			"part of the number it matched is replaced by `repl_exp`, where `\\1` … `\\9` insert the pattern's groups " +
			"(and `\\0` the whole match). Returns null when no rule matches. An invalid rule is an error naming its " +
			"index. Pass the `rules` attribute of a `telecom_pbx_dial_rule` as it is: extra attributes such as " +
			"`comment` are ignored. Use it in `check` blocks, preconditions and `terraform test` to assert a dial plan.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name:                "rules",
				MarkdownDescription: "A list of objects with `match_exp` and `repl_exp` strings, in the order the PBX tries them.",
			},
			function.StringParameter{Name: "number", MarkdownDescription: "The dialled number."},
		},
		Return: function.StringReturn{},
	}}
}

func dialRewrite(rulesArg types.Dynamic, number string) (any, *function.FuncError) {
	rules, err := readRules(rulesArg)
	if err != nil {
		return nil, funcError(0, err.Error())
	}
	out, ok, err := dialrule.Rewrite(rules, number)
	if err != nil {
		return nil, funcError(0, err.Error())
	}
	if !ok {
		return types.StringNull(), nil
	}
	return out, nil
}

// readRules reads a list of {match_exp, repl_exp, …} objects.
func readRules(v types.Dynamic) ([]dialrule.Rule, error) {
	elems, err := elements(v)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	rules := make([]dialrule.Rule, 0, len(elems))
	for i, e := range elems {
		attrs, err := attributes(e)
		if err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		if _, ok := attrs[dialrule.FieldMatchExp]; !ok {
			return nil, fmt.Errorf("rule %d: match_exp is missing", i)
		}
		if _, ok := attrs[dialrule.FieldReplExp]; !ok {
			return nil, fmt.Errorf("rule %d: repl_exp is missing", i)
		}
		match, err := stringAttr(attrs, dialrule.FieldMatchExp)
		if err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		repl, err := stringAttr(attrs, dialrule.FieldReplExp)
		if err != nil {
			return nil, fmt.Errorf("rule %d: %w", i, err)
		}
		rules = append(rules, dialrule.Rule{MatchExp: match, ReplExp: repl})
	}
	return rules, nil
}
