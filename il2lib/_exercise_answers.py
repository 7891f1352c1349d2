"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1e9ymzAMAPB34XPhLMmy5b6NR9zAQoHDtF2u13efkm0dznVLcpdvoF9k6w/vVT8A122f6zjMXawe36s45re0VI+m"
    "weCAgxhjyDExPlRtF+f19PAcVz1UyzoNp1cNfDz8svZxLhUbyIthYLY2gIeblOdpSO3LkPLW8o0P6Cx5Aw6MZX8TlV/m"
    "tMT9NPZ53WoA2ARnGcV4G5i9XOPmuHZv8ZjrtBzqOcXDlgtN2Mb/eXdr4Nb4XobrbbMjQR+CBQF2xl3jipTmbspawDXm"
    "VLLMxjiDnpnFW8S71CXO8fnY9mNpGgdIFBwxBCAtK9+kLtPupV37aax3acz9etyqhI1DcuSRRZxckJ+h/0G7ODzVQ/9U"
    "XAA0wSOhM9rJJIGuq1iqS5qXlPO0FKpW24I1YFgAgNxt7JLaNK/Tkutvw9QW9ZfQoBG9UycQgp5/K37GXZ7+L9jukLee"
    "E/1LLbme/Vz7O7lDP6a1b4vxQ2rYkvUi6JDJlL30JcolWnCkLW9Fa+1JjDa+s3fmeB7sU6Jb1TZkdaq1KN55hNuuce10"
    "Q8zHOv2Y1TkVruggQ8RCRELiLirzO3IL0gbMSdfY2r9e9DqYJhjQ03thsRiErpjbJPOhLzYskM5jEPEQ6LQdwx3WW+r3"
    "XbkVG+1rBGIdRk+mHMN/aUva53o3lasHNS322jG68wnZFN1yDvnaGVPalYvVsfMMnlB/4m91lvQ8vcahTMmSftLQUNDv"
    "Gror0sdPNj4tDA=="
)
