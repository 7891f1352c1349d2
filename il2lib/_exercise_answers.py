"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqlltFu2zAMRf8lz7UhkiIl9W9UR0u0OrZhOW2DYf8+pts6K+iWBAPyFvOIIu8l9W2Te+Cmy6WJ/bSPm8dvmziU1zRv"
    "Hk2LQYCDN8aQMDE+bLp9nJbzn+9xm4fNvIz9+VMD3x9+snZxqik2kPOGgdnaAA5uohzSYZxPTTnOL/kl9msiQRu8N8JW"
    "LDsrdBtw7FN37FNZo1zrAoolZ0DAKO0mVDlOaY67cchlWdMAsA2aE3rjbGB2/irucDgOqZlTmcahpKaPz1V6DC0aoSAo"
    "wQpyxatjr6G1nKnJPda9McY6MR7JOrIg3t54An5ywpy62Fedgla8R+eYHKGxBsN/4Mt+nJdaB45bMUr13rsQ0N1Bn+Ky"
    "f42n0qT5uZlSXffQVon+/nbNoDXjax2uxmEhvXgIFjywGLmGgzVu2o9FvbhETbvCMhsjBh0ze2cR76LOcYqHU5eHCwUI"
    "IKnCiCEAqUP5Juo8bo/dkseh2aah5OVUdQZbQRJyyN6Lv0B+hP4Duo/9l6bPX1Itp+CQUIwOJfKBrlOxps5pUj2Uca6o"
    "2m0L1oBhDwAkt2FV7Wlaxrk0T/3YVf33QV3rtabiIQS9/5r4EXd5+z/Abou85onXI7Xlevf33t+Je85DWnJXDT6klq2a"
    "Xu2pY4VMraVPoVxDKxyp5K26UBx5nSZO7J05vo/Uc6Jrqm3J6jzVpjhxCLeVcdnrbJ5OzVMsuc9v+RCfasHrcNbVYY0J"
    "AWyoZsav2MtW/0amt0kxZy1UotTd4UCFDoFDCI6uEGlFLEmX0pJfLvwDpg0GtKLOs7c6364x1xcvz/liATsL6LXX50Lq"
    "boI7YK8p7/b1kmvVLAjE6nBHpvb232hz2pVmO5YLO+vLgpG8c8ZL0Awr1Dnmc9CQ0rYe18Kiu1KXjP68wxs5s74xLt4W"
    "2BIHQ1ZdAXSWNF9hff8BeXfYEg=="
)
