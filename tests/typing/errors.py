"""Error handling as an application does it."""

from typing import assert_type

import httpx

from soracom_client import Soracom
from soracom_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DeadlineExceededError,
    RateLimitError,
    RequestValidationError,
    SoracomError,
)


async def status(soracom: Soracom, sim_id: str) -> str:
    try:
        sim = await soracom.sim.get_sim(sim_id, timeout=5.0, deadline=30.0)
    except RateLimitError as error:
        assert_type(error.response, httpx.Response)
        return f"slow down: {error.status_code}"
    except APIStatusError as error:
        assert_type(error.code, str | None)
        assert_type(error.message, str)
        return f"{error.status_code} {error.code}: {error.message}"
    except DeadlineExceededError as error:
        assert_type(error.deadline, float)
        return "deadline"
    except APITimeoutError:
        return "timeout"
    except APIConnectionError:
        return "unreachable"
    except RequestValidationError as error:
        assert_type(error.field, str)
        assert_type(error.rule, str)
        return f"bad {error.field}"
    return str(sim.status)


def configure() -> Soracom | None:
    try:
        return Soracom.from_env()
    except ConfigurationError as error:
        assert isinstance(error, SoracomError)
        return None
