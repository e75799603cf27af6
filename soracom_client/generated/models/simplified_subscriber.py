# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.simplified_subscriber_status import SimplifiedSubscriberStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimplifiedSubscriber")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMPLIFIEDSUBSCRIBER_FIELDS = frozenset(
    (
        "bundles",
        "capabilities",
        "imsi",
        "msisdn",
        "status",
        "subscription",
    )
)


@_attrs_define
class SimplifiedSubscriber:
    """
    Attributes:
        bundles (list[str] | Unset):
        capabilities (Capabilities | Unset):
        imsi (str | Unset): IMSI
        msisdn (str | Unset):
        status (SimplifiedSubscriberStatus | Unset): Status of the IoT SIM (primary subscription of the IoT SIM) or
            status of the additional subscription. For primary subscriptions, it refers to the status of the IoT SIM.
            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
            For additional subscriptions, it refers to the status of the additional subscription.
            - `shipped`: OTA is ready or in progress (first half).
            - `delivered`: OTA is in progress (second half).
            - `ready`: OTA is complete.
            - `active`: A connection via the additional subscription has been confirmed. This does not refer to the status
            of the IoT SIM.
            - `terminated`
            The status of the virtual SIM/subscriber is either `active` or `terminated`.
        subscription (str | Unset):
    """

    bundles: list[str] | Unset | None = UNSET
    capabilities: Capabilities | Unset | None = UNSET
    imsi: str | Unset | None = UNSET
    msisdn: str | Unset | None = UNSET
    status: SimplifiedSubscriberStatus | Unset | None = UNSET
    subscription: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundles: Any
        if self.bundles is None:
            bundles = None
        else:
            bundles = UNSET
            if not isinstance(self.bundles, Unset):
                bundles = self.bundles

        capabilities: Any
        if self.capabilities is None:
            capabilities = None
        else:
            capabilities = UNSET
            if not isinstance(self.capabilities, Unset):
                capabilities = self.capabilities.to_dict()

        imsi = self.imsi

        msisdn = self.msisdn

        status: Any
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = getattr(self.status, "value", self.status)

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _raw_bundles = d.get("bundles", UNSET)
            bundles: Any
            if _raw_bundles is None:
                bundles = None
            else:
                _bundles = _raw_bundles
                if not isinstance(_bundles, (list, Unset)):
                    raise TypeError("expected a list")
                bundles = cast(list[str], _bundles)

            _obj.bundles = bundles

            capabilities = d.get("capabilities", UNSET)
            if capabilities is not None and capabilities is not UNSET:
                capabilities = Capabilities.from_dict(capabilities)
            _obj.capabilities = capabilities

            _obj.imsi = d.get("imsi", UNSET)

            _obj.msisdn = d.get("msisdn", UNSET)

            status = d.get("status", UNSET)
            if status is not None and status is not UNSET:
                status = SimplifiedSubscriberStatus._value2member_map_.get(status) or SimplifiedSubscriberStatus(status)
            _obj.status = status

            _obj.subscription = d.get("subscription", UNSET)

            if _SIMPLIFIEDSUBSCRIBER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMPLIFIEDSUBSCRIBER_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimplifiedSubscriber", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.capabilities import Capabilities  # noqa: E402
