/**
 * Words that give what follows as an example of something wider: "a country such as Kenya", "a code like
 * 110", 比如肯尼亚. What follows them is an instance, not what is asked about.
 */
export const EXAMPLE_BEFORE =
  /(?:\bsuch as|\blike|\be\.?g\.?,?|\bfor (?:example|instance),?|比如(?:说)?|例如|譬如|诸如|像|类似)\s*$/i;
