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

T = TypeVar("T", bound="SubscriptionContainerStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SUBSCRIPTIONCONTAINERSTATUS_FIELDS = frozenset(
    (
        "containers",
        "countryMapping",
    )
)


@_attrs_define(repr=False)
class SubscriptionContainerStatus(ModelBase):
    """
    Attributes:
        containers (list[SubscriptionContainer] | None):
        country_mapping (SubscriptionContainerStatusCountryMapping | None):
    """

    containers: list[SubscriptionContainer] | None = None
    country_mapping: SubscriptionContainerStatusCountryMapping | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("containers", "containers", False),
        ("country_mapping", "countryMapping", False),
    )

    def set_null(self, *fields: Literal["containers", "country_mapping"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.containers is not None:
            field_dict["containers"] = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()

                field_dict["containers"].append(containers_item)

        elif "containers" in self._nulls:
            field_dict["containers"] = None
        if self.country_mapping is not None:
            field_dict["countryMapping"] = self.country_mapping.to_dict()

        elif "country_mapping" in self._nulls:
            field_dict["countryMapping"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _raw_containers = d.get("containers")
            containers: Any = None
            if _raw_containers is not None:
                _containers = _raw_containers
                if not isinstance(_containers, list):
                    raise TypeError("expected a list")
                containers = []
                for containers_item_data in _containers:
                    containers_item = _SubscriptionContainer_from_dict(containers_item_data)

                    containers.append(containers_item)

            elif "containers" in d:
                _nulls += ("containers",)
            _obj.containers = containers

            country_mapping = d.get("countryMapping")
            if country_mapping is not None:
                country_mapping = _SubscriptionContainerStatusCountryMapping_from_dict(country_mapping)
            elif "countryMapping" in d:
                _nulls += ("country_mapping",)
            _obj.country_mapping = country_mapping

            if _SUBSCRIPTIONCONTAINERSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SUBSCRIPTIONCONTAINERSTATUS_FIELDS
                }
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SubscriptionContainerStatus", src_dict, exc) from exc
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


from ..models.subscription_container import SubscriptionContainer  # noqa: E402
from ..models.subscription_container_status_country_mapping import SubscriptionContainerStatusCountryMapping  # noqa: E402

_SubscriptionContainer_from_dict = SubscriptionContainer.from_dict
_SubscriptionContainerStatusCountryMapping_from_dict = SubscriptionContainerStatusCountryMapping.from_dict
