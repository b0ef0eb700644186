### tirkeu: the embeddable calculator's own strings (www/embed). It also uses the page's ui- strings.

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown while it loads.
ui-embed-loading = Loading the calculator…

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown when it cannot load.
ui-embed-failed = The calculator could not be loaded.

# The embeddable calculator (<tirkeu-calculator>, frame.html): after the label of an optional question.
ui-embed-optional = optional

# The embeddable calculator (<tirkeu-calculator>, frame.html): accessible name of the results region.
ui-embed-results = Results

# The embeddable calculator (<tirkeu-calculator>, frame.html): link to the full calculator.
ui-embed-full = Open the full calculator
