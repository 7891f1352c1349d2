"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1e9ymzAMAPB34XPhLMmy5b2NR9zAQoHDtF2u13efkq0dznVLcpdvoF9k6w9vVT8A122f6zjMXay+vVVxzK9pqb6Z"
    "BoMDDmKMIcfE+FC1XZzX08NzXPVQLes0nF418P7w29rHuVRsIC+GgdnaAB5uUp6mIbXPQ8pbyzc+oLPkDTgwlv1NVH6e"
    "0xL309jndasBYBOcZRTjbWD2co2b49q9xmOu03Ko5xQPWy40YRv/8e7WoK3xowzX22ZHgj4ECwLsjLvGFSnN3ZS1gGvM"
    "qWSZjXEGPTOLt4h3qUuc49Ox7cfSNA6QKDhiCEBaVr5JXabdc7v201jv0pj79bhVCRuH5Mgjizi5ID9D/4N2cXish/6x"
    "uABogkdCZ7STSQJdV7FUlzQvKedpKVSttgVrwLAAALnb2CW1aV6nJdffh6kt6i+hQSN6p04gBD3/VvyMuzz9X7DdIW89"
    "J/qXWnI9+7n2d3KHfkxr3xbjh9SwJetF0CGTKXvpS5RLtOBIW96K1tqTGG18Z+/M8TzYp0S3qm3I6lRrUbzzCLdd49rp"
    "hpiPdfo5q3MqXNFBhoiFiITEXVTmT+TllH+AOekaW/uXi14H0wQDenovLBaD0BVzm2Q+9MWGBdJ5DCIeAp22Y7jDek39"
    "viu3YqN9jUCsw+jJlGP4L21J+1zvpnL1oKbFXjtGdz4hm6JbziFfO2NKu3KxOnaewRPqT/ytzpKeppc4lClZ0k8aGgr6"
    "XUN3RXr/BTvvLQ0="
)
