"""The API's models: `from soracom_client.models import Sim, SetGroupRequest, ...`.

They are the generated attrs classes (soracom_client.generated.models), re-exported
lazily so that importing this module costs nothing until a model is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    generated = importlib.import_module(".generated.models", __package__)
    try:
        return getattr(generated, name)
    except AttributeError:
        raise AttributeError(f"module 'soracom_client.models' has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return list(importlib.import_module(".generated.models", __package__).__all__)
