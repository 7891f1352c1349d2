"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1Ntu2zAMBuB38XVs8CBKVN/Gc9TEiGsbltOuKPruk7thlYJhca4TfpbIn/qo+gGl7vpYt8N8bqunj6od41tYqido"
    "yFsUrwDAVljoUHXndl63H7/qqkO1rNOw/RXw8/DbOrVzqRjPTkFQxBiPDncpL9MQuusQYm65xnmyhh2gRTDidlHxOoel"
    "PU1jH9dcQ6TGWyOk4IwXcXqPm5fpeO3WfhrrYxhjv74Xnm8sE6YbohWxiJx737X/Uc/t8FwP/XMoO+hS29QgkPNGPJj7"
    "LpXuEuYlxDgtuUvQoFd0BhXFgHH72CV0YV6nJdY/hqm75KL6hkDZW6vovVWfi3/rbu//DXZHktyzmj4posRETkQe5C79"
    "GNa+KyJE3Ihh41TJkjAQ3UWlRAuO05IYVbWOFZScNQ+e8Suc20Fz1TRsUjIxZck6wn1tXM8p5fN7HX7OydkGV4ikLg3G"
    "MUDKuy+W8E9lDnIGxpBWce1fb+MOjQdMt3cqasgr3zHzQ8ZLX7wSyA1Yr+rQc9pww/IA9hb607lc7cagIWSxxOnKfpe2"
    "hFOsj1MsRsGYti+tc2qZwJYbW1Bbzb+hMYTjzWtqMYU5PQwObEqK7JWW8DK9tkOOeWgEdOt6mqfwHejzF2znyk8="
)
