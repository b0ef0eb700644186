### tirkeu: the embeddable calculator's own strings (www/embed). It also uses the page's ui- strings.

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown while it loads.
ui-embed-loading = 正在加载计算器…

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown when it cannot load.
ui-embed-failed = 无法加载计算器。

# The embeddable calculator (<tirkeu-calculator>, frame.html): after the label of an optional question.
ui-embed-optional = 可选

# The embeddable calculator (<tirkeu-calculator>, frame.html): accessible name of the results region.
ui-embed-results = 结果

# The embeddable calculator (<tirkeu-calculator>, frame.html): link to the full calculator.
ui-embed-full = 打开完整计算器
