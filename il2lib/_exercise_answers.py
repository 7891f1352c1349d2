"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV0k1OwzAQBeC7ZN1Ynh/PeLhNSA2NCElkp0IIcXdSkCBmQcvank/P4/fWDCOEth9K243LqWvu3ppuKi8pN3fekRdA"
    "iIYkHmLUQ9OfumW9HH7ONYcmr/N4uerh/fBlPXZLrQCjIAcFRQMzwZuY53lM/XlMZY+hMxJh88LsQSHcRJXzknL3OE9D"
    "WfcakYNNCUTKxng115Ln47lfh3lqj2kqw/paZQtOmRm9kljwwcve+5n9Qz1140M7Dg+pSunUgDSokYIXH66zWLM5LTmV"
    "Muc9C+oYTDwTYUQTk9vcnPq0rHMu7f0490/VBtgZxoAxBr4stOrL99zv9/+A/RHD3mNzaFttRIOPnlnDP8GnYUrr0NcV"
    "IidRhaISAQW0q2aozUqLLiB4T2AqW4PknwE/m3lJWZd8+xAWBlbd6sk3mO8fpikmSQ=="
)
