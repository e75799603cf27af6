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
            return cls._from_dict(src_dict)
        except Exception as exc:  # any failure to read the data is a ResponseParseError with a path
            raise model_parse_error("Placement", src_dict, exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_infrastructure_provider = d.pop("infrastructureProvider", UNSET)
        infrastructure_provider: Any
        if _raw_infrastructure_provider is None:
            infrastructure_provider = None
        else:
            _infrastructure_provider = _raw_infrastructure_provider
            infrastructure_provider: PlacementInfrastructureProvider | Unset
            if isinstance(_infrastructure_provider, Unset):
                infrastructure_provider = UNSET
            else:
                infrastructure_provider = PlacementInfrastructureProvider(_infrastructure_provider)

        _raw_region = d.pop("region", UNSET)
        region: Any
        if _raw_region is None:
            region = None
        else:
            _region = _raw_region
            region: PlacementRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = PlacementRegion(_region)

        placement = cls(
            infrastructure_provider=infrastructure_provider,
            region=region,
        )

        placement.additional_properties = d
        return placement

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
