# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.placement_infrastructure_provider import PlacementInfrastructureProvider
from ..models.placement_region import PlacementRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="Placement")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_PLACEMENT_FIELDS = frozenset(
    (
        "infrastructureProvider",
        "region",
    )
)


@_attrs_define
class Placement:
    """
    Attributes:
        infrastructure_provider (PlacementInfrastructureProvider | Unset):
        region (PlacementRegion | Unset): If `infrastructureProvider` is `aws`, it indicates the rendezvous point.
            - `ap-northeast-1`: Tokyo (Japan). The default for Japan coverage.
            - `eu-central-1`: Frankfurt (Germany). The default for Global coverage.
            - `us-west-2`: Oregon (USA).
            - `ap-southeast-2`: Sydney (Australia).
    """

    infrastructure_provider: PlacementInfrastructureProvider | Unset | None = UNSET
    region: PlacementRegion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infrastructure_provider: Any
        if self.infrastructure_provider is None:
            infrastructure_provider = None
        else:
            infrastructure_provider = UNSET
            if not isinstance(self.infrastructure_provider, Unset):
                infrastructure_provider = getattr(self.infrastructure_provider, "value", self.infrastructure_provider)

        region: Any
        if self.region is None:
            region = None
        else:
            region = UNSET
            if not isinstance(self.region, Unset):
                region = getattr(self.region, "value", self.region)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infrastructure_provider is not UNSET:
            field_dict["infrastructureProvider"] = infrastructure_provider
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            infrastructure_provider = d.get("infrastructureProvider", UNSET)
            if infrastructure_provider is not None and infrastructure_provider is not UNSET:
                infrastructure_provider = PlacementInfrastructureProvider._value2member_map_.get(
                    infrastructure_provider
                ) or PlacementInfrastructureProvider(infrastructure_provider)
            _obj.infrastructure_provider = infrastructure_provider

            region = d.get("region", UNSET)
            if region is not None and region is not UNSET:
                region = PlacementRegion._value2member_map_.get(region) or PlacementRegion(region)
            _obj.region = region

            if _PLACEMENT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _PLACEMENT_FIELDS}
        except Exception as exc:
            raise model_parse_error("Placement", src_dict, exc) from exc
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
