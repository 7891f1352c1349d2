"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqllVtu4zAMRffi79qgSFGUuhvXUROhjm1YTh8ouvcynUetoAMnGCB/Do/Iq8ur9yr1husu5brtp0Nb3b9X7ZBf4lzd"
    "Q4PBGQ4eAMgxMd5V3aGdlvPHr7rqrpqXsT//FczH3S/Wvp1Kig0kHtgwWxuMmKsox7GP3amPec2SRgI6SwLGGbAsV6Hy"
    "aYpzux+HlJc1zRhsgrOMHsQGZvGbuOPxNMR6jnkahxzrvn0q2mPTIDgKDl2wDrnglbVb6OM4xzr1WEoJYMWBR7JC1jhv"
    "rzwBfzhhjl3b94UgjfMeRZiEECxg+A98PoxzITcZ4caBUr33EgLKDfRpHnenbknjUO/ikNPyVqCxcUiOBNl750Mh/Hfp"
    "peYr6KHtH+s+PcZSjyBI6ECXgHygbepFq3OcdKA8zgU1NMEaCwbYG2PIXYfV64rTMs65fujHrvCdD2o7r7Zz3oSg86+J"
    "f+sup/8GdjvkNc95PZJZbYYozHwj7ikNcUldsblIDVt1rfpL94IAcRPKJbTAkWaTVRs5Ia/rIM7e2ONXJpwbXVNtQ1YD"
    "QS9FnKC5TsbloOEyvdUPbU59ek3H9qHcWQ8BiCWYQGpSX8Tf7+LLu/7DjK+Tcs5mKFypflT/oCHtEQjcBpFWxBw1Vpf0"
    "fLFABpoARiUVz97qhtIGcz15fkoXiS/WoNfLPiup6WpugL3EtD+UMd3otuiwrOoJQbnc/6LNcZ/r3ZiL+8UGHIv6UB8h"
    "QobCg18lP3OGGHdrTmgcOw17TUn9ebmWM8fj+Nz2ZUuW9I1FoKAPLboN0scnKQBbhw=="
)
