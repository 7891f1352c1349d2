"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqlldFu2zAMRf/Fz7UgkSIp9W88R02MKrZhOe2Kov8+phtWK+iQBAPy5vCIIu+9em+G7Kjth9J2eT50zeN7043lNS3N"
    "ozUQ2VEM1lpkQoKHpj9083r++FnXPDTLOuXzX637ePjN2ndzTfERJVhyRN5HJ+4mynHKqT/lVLYsMRKBPYp17KwnuQlV"
    "TnNauv00DmXd0pwDE9kTBCs+Ekm4ijseT2Nql1TmaSypzd1z1R45A5YxMnD0DFTx6tpr6OO0pHbIUI/SWi9sA6AX9I6D"
    "v/EE+OaEJfVdztVADIcAIoSCYL2F+B/4cpiWatzohAxbpYYQJEaQO+jzMu1O/TpMY7tLYxnWtwoNhgEZBSgEDrEa/Ffp"
    "5cw30EOXn9o8PKV6HlEAga2aAEPE69SLVpc064XKtFTUaKJ33jpLwTmHfBtW15XmdVpK+yNPfaW7EFV2QWXHwcWo998S"
    "/9Zd3v4L2O+AtjwOeiSRygxAiOhO3PMwpnXoK+cCGvKqWtWX+gItwFUo1dAKh5pNXmXEgkHtIOzv7PEzE86NbqneoNdA"
    "0KUIC7jbxrgeNFzmtzb9nJVzXlylIItIAREDBr7YzJ/KLRA3wJI0Adfh5ULrzppond5eAgWvZsIrzG2T5Xmowtmhsax+"
    "FBfxHKzxDtZrGvaHOlCN6hockppR0NY2/BdtSfvS7qZSbQK0LRJVjD4XCGQrtXyWfM8ZU9ptOdEwscay5pn+gtzKWdJx"
    "euly3ZJHfQ3BYtQnEfgK6eMXOLVBWg=="
)
