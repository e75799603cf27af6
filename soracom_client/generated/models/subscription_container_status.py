# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionContainerStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SUBSCRIPTIONCONTAINERSTATUS_FIELDS = frozenset(
    (
        "containers",
        "countryMapping",
    )
)


@_attrs_define
class SubscriptionContainerStatus:
    """
    Attributes:
        containers (list[SubscriptionContainer] | Unset):
        country_mapping (SubscriptionContainerStatusCountryMapping | Unset):
    """

    containers: list[SubscriptionContainer] | Unset | None = UNSET
    country_mapping: SubscriptionContainerStatusCountryMapping | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers: Any
        if self.containers is None:
            containers = None
        else:
            containers = UNSET
            if not isinstance(self.containers, Unset):
                containers = []
                for containers_item_data in self.containers:
                    containers_item = containers_item_data.to_dict()
                    containers.append(containers_item)

        country_mapping: Any
        if self.country_mapping is None:
            country_mapping = None
        else:
            country_mapping = UNSET
            if not isinstance(self.country_mapping, Unset):
                country_mapping = self.country_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if containers is not UNSET:
            field_dict["containers"] = containers
        if country_mapping is not UNSET:
            field_dict["countryMapping"] = country_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _raw_containers = d.get("containers", UNSET)
            containers: Any
            if _raw_containers is None:
                containers = None
            else:
                _containers = _raw_containers
                containers: list[SubscriptionContainer] | Unset = UNSET
                if _containers is not UNSET:
                    if not isinstance(_containers, list):
                        raise TypeError("expected a list")
                    containers = []
                    for containers_item_data in _containers:
                        containers_item = SubscriptionContainer.from_dict(containers_item_data)

                        containers.append(containers_item)

            _obj.containers = containers

            country_mapping = d.get("countryMapping", UNSET)
            if country_mapping is not None and country_mapping is not UNSET:
                country_mapping = SubscriptionContainerStatusCountryMapping.from_dict(country_mapping)
            _obj.country_mapping = country_mapping

            if _SUBSCRIPTIONCONTAINERSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SUBSCRIPTIONCONTAINERSTATUS_FIELDS
                }
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
