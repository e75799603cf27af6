"""Models are importable from soracom_client.models, as DESIGN.md names them."""

import subprocess
import sys

import pytest


def test_models_are_importable_by_their_generated_names() -> None:
    from soracom_client.generated import models as generated
    from soracom_client.models import SetGroupRequest, Sim

    assert Sim is generated.Sim and SetGroupRequest is generated.SetGroupRequest
    import soracom_client.models as models

    assert "Sim" in dir(models)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_importing_the_models_module_loads_no_model() -> None:
    code = ("import sys, soracom_client.models; "
            "print(any(m.startswith('soracom_client.generated.models') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
