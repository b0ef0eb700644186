### tirkeu: the embeddable calculator's own strings (www/embed). It also uses the page's ui- strings.

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown while it loads.
ui-embed-loading = Калькулятор жүктелуде…

# The embeddable calculator (<tirkeu-calculator>, frame.html): shown when it cannot load.
ui-embed-failed = Калькуляторды жүктеу мүмкін болмады.

# The embeddable calculator (<tirkeu-calculator>, frame.html): after the label of an optional question.
ui-embed-optional = міндетті емес

# The embeddable calculator (<tirkeu-calculator>, frame.html): accessible name of the results region.
ui-embed-results = Нәтижелер

# The embeddable calculator (<tirkeu-calculator>, frame.html): link to the full calculator.
ui-embed-full = Толық калькуляторды ашу
