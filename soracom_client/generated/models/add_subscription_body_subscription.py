# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class AddSubscriptionBodySubscription(StrEnum):
    PLANARC01 = "planArc01"
    PLANP1 = "planP1"
    PLANX1 = "planX1"
    PLANX2 = "planX2"
    PLANX3 = "planX3"
    PLAN_US_MAX = "plan-US-max"

    def __str__(self) -> str:
        return str(self.value)
