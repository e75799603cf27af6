# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.simplified_subscriber_status import SimplifiedSubscriberStatus

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


@_attrs_define(repr=False)
class SimplifiedSubscriber(ModelBase):
    """
    Attributes:
        bundles (list[str] | None):
        capabilities (Capabilities | None):
        imsi (str | None): IMSI
        msisdn (str | None):
        status (SimplifiedSubscriberStatus | None): Status of the IoT SIM (primary subscription of the IoT SIM) or
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
        subscription (str | None):
    """

    bundles: list[str] | None = None
    capabilities: Capabilities | None = None
    imsi: str | None = None
    msisdn: str | None = None
    status: SimplifiedSubscriberStatus | None = None
    subscription: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("bundles", "bundles", False),
        ("capabilities", "capabilities", False),
        ("imsi", "imsi", False),
        ("msisdn", "msisdn", False),
        ("status", "status", False),
        ("subscription", "subscription", False),
    )

    def set_null(self, *fields: Literal["bundles", "capabilities", "imsi", "msisdn", "status", "subscription"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.bundles is not None:
            field_dict["bundles"] = self.bundles

        elif "bundles" in self._nulls:
            field_dict["bundles"] = None
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities.to_dict()

        elif "capabilities" in self._nulls:
            field_dict["capabilities"] = None
        if self.imsi is not None:
            field_dict["imsi"] = self.imsi
        elif "imsi" in self._nulls:
            field_dict["imsi"] = None
        if self.msisdn is not None:
            field_dict["msisdn"] = self.msisdn
        elif "msisdn" in self._nulls:
            field_dict["msisdn"] = None
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "value", self.status)

        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _raw_bundles = d.get("bundles")
            bundles: Any = None
            if _raw_bundles is not None:
                bundles = _raw_bundles
                if not isinstance(bundles, list):
                    raise TypeError("expected a list")

            elif "bundles" in d:
                _nulls += ("bundles",)
            _obj.bundles = bundles

            capabilities = d.get("capabilities")
            if capabilities is not None:
                capabilities = _Capabilities_from_dict(capabilities)
            elif "capabilities" in d:
                _nulls += ("capabilities",)
            _obj.capabilities = capabilities

            _obj.imsi = imsi = d.get("imsi")
            if imsi is None and "imsi" in d:
                _nulls += ("imsi",)

            _obj.msisdn = msisdn = d.get("msisdn")
            if msisdn is None and "msisdn" in d:
                _nulls += ("msisdn",)

            status = d.get("status")
            if status is not None:
                status = _SimplifiedSubscriberStatus_get(status) or SimplifiedSubscriberStatus(status)
            elif "status" in d:
                _nulls += ("status",)
            _obj.status = status

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            if _SIMPLIFIEDSUBSCRIBER_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMPLIFIEDSUBSCRIBER_FIELDS}
            _obj._nulls = _nulls
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

_SimplifiedSubscriberStatus_get = SimplifiedSubscriberStatus._value2member_map_.get
_Capabilities_from_dict = Capabilities.from_dict
