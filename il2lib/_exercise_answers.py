"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1NtuozAQBuB34TpYnpPt6duwxE1QKCBM2q2qvvua7GqLq9WG3OSGzCd75h9/VF0PUrddqpt+OjfV00fVDOktztWT"
    "NWQdIARFchZC8IeqPTfTsn681VWHal7Gfv2rhc/Db+vUTKUCjA5ZPHhUUHW4i3kZ+9he+5i2GBol51itY7bgQXZR6TrF"
    "uTmNQ5eWrUZkICtC5FkZ755rmsfjtV26caiPcUjd8r7VQI149BZAKF9VeMt9lf4HPTf9c913z7Hsn1dBYqQQMHi1dN/F"
    "0p3jNMeUxrloZR6Md6r59kHBoux059jGaRnnVP/ox/ZSkGwUg2AIwmtDi7z8rfvegC+wPaJsPVaDmmPjvNhgmb08CF66"
    "IS5dW0aIjAveUfBEQIJ615TSLLRgBMFaAvUuJ8g9eMBbMtdTliHHgOwY2Oc0ed5lLucc8em9jj+n7Kxz2zbSrJaz7BDJ"
    "ki36+KdyC9IGTDHv4dK9fks7m7yIOeqcf7ONd8TtEdOlK14IECPiUK31LEI56w9gb7E7nYutBpM7h3m0DsmTVdmjzfGU"
    "6uOYikEQmKzky3lS9D6EYry3mn9DQ4zHcofzCyj55UOQAAqiO6E5voyvTV8kzhvKyxCcgFPhe9LnL8GvyWo="
)
