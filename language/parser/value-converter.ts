/** Converts terminal text to values; `99.95%` becomes the number 99.95. */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class ItsmValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'PERCENT') {
            return Number(input.slice(0, -1));
        }
        return super.runConverter(rule, input, cstNode);
    }
}
