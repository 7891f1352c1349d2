"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1NtuozAQBuB34TpYnqM9fRuWuAkKDQiTdquq775Od7XF1WqT3nAD82mY+e23ZhhB2n7IbTfOx655eGu6c35JS/Pg"
    "HXkFhGhI6iHGsGv6Yzev15cfdc2uWdZpvH7q4X332zp0c60AoyJLgIAGZop3MU/TmPrLmPIWQ2ekyuaV2UMAuYvKlzkt"
    "3WE6D3ndakQOiiJEgY3xZl/zMu0v/TpM53afznlYX6vexAVmRh9ITbx43Xqftf9Rj9342I7DY6q6dMGAggSjAF693Gax"
    "Zpc0LynnadmyEByDqWcijGhqep+7pD7N67Tk9sc49adqAuwMo2CMwteBVnn5W/f1/z/Bfo+y9dgcWomNBvHRMwf5Jnga"
    "zmkd+jpC5DQGpRiIgATtpim1WWnRCYL3BBa0JEi/2eBHMq9d1iEvC2Fl4BBKPPkucz2WiM+vbfo5F+e6t+2unScygjLN"
    "cv6YrNrMn9KtSBsxp3IQ1+H5S9zZlZMIIFyepVG8IW57zKehuiJAnIiieR9YhJD4G9hLGg7Htf7bMjosu1WkQN7kHm1J"
    "h9zup5xqqZw6wGjlBrRYbpxYUdeaf0PnlPZbyJxoJIkRLJZbi+lOZ0lP03M31ulgH7xXjKU1r0Ryw3r/BXl8yeo="
)
