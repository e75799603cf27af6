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
from ..models.placement_infrastructure_provider import PlacementInfrastructureProvider
from ..models.placement_region import PlacementRegion

T = TypeVar("T", bound="Placement")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_PLACEMENT_FIELDS = frozenset(
    (
        "infrastructureProvider",
        "region",
    )
)


@_attrs_define(repr=False)
class Placement(ModelBase):
    """
    Attributes:
        infrastructure_provider (PlacementInfrastructureProvider | None):
        region (PlacementRegion | None): If `infrastructureProvider` is `aws`, it indicates the rendezvous point.
            - `ap-northeast-1`: Tokyo (Japan). The default for Japan coverage.
            - `eu-central-1`: Frankfurt (Germany). The default for Global coverage.
            - `us-west-2`: Oregon (USA).
            - `ap-southeast-2`: Sydney (Australia).
    """

    infrastructure_provider: PlacementInfrastructureProvider | None = None
    region: PlacementRegion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("infrastructure_provider", "infrastructureProvider", False),
        ("region", "region", False),
    )

    def set_null(self, *fields: Literal["infrastructure_provider", "region"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.infrastructure_provider is not None:
            field_dict["infrastructureProvider"] = getattr(
                self.infrastructure_provider, "value", self.infrastructure_provider
            )

        elif "infrastructure_provider" in self._nulls:
            field_dict["infrastructureProvider"] = None
        if self.region is not None:
            field_dict["region"] = getattr(self.region, "value", self.region)

        elif "region" in self._nulls:
            field_dict["region"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            infrastructure_provider = d.get("infrastructureProvider")
            if infrastructure_provider is not None:
                infrastructure_provider = _PlacementInfrastructureProvider_get(
                    infrastructure_provider
                ) or PlacementInfrastructureProvider(infrastructure_provider)
            elif "infrastructureProvider" in d:
                _nulls += ("infrastructure_provider",)
            _obj.infrastructure_provider = infrastructure_provider

            region = d.get("region")
            if region is not None:
                region = _PlacementRegion_get(region) or PlacementRegion(region)
            elif "region" in d:
                _nulls += ("region",)
            _obj.region = region

            if _PLACEMENT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _PLACEMENT_FIELDS}
            _obj._nulls = _nulls
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


_PlacementInfrastructureProvider_get = PlacementInfrastructureProvider._value2member_map_.get
_PlacementRegion_get = PlacementRegion._value2member_map_.get
