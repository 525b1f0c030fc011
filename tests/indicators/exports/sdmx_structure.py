"""The SDMX structure exports.sdmx_csv documents, built with sdmx1 (a real implementation of the
SDMX information model) so that tests read our files with its SDMX-CSV 2.0.0 reader."""

import io
import logging
import re

from sdmx.model import common, v30
from sdmx.reader.csv import Reader

from indicators.exports.sdmx_csv import ATTRIBUTES, DIMENSIONS, OBS_STATUS_CODES, VALUE_TYPES

AGENCY = common.Agency(id="PLANWATCH")
# SDMX IDType and the time periods the writer may use: a year, or a range from 1 January.
SDMX_ID = re.compile(r"[A-Za-z0-9_@$-]+")
TIME_PERIOD = re.compile(r"[0-9]{4}|[0-9]{4}-01-01/P[0-9]+[MY]")


def codelist(id, codes):
    listed = common.Codelist(id=id, maintainer=AGENCY, version="1.0")
    for code in sorted(set(codes)):
        listed.append(common.Code(id=code))
    return listed


def enumerated(codes):
    return common.Representation(enumerated=codes)


def dataflow():
    """PLANWATCH:DF_PLAN_FIGURES(1.0) and its structure, coded where the writer promises codes."""
    dsd = v30.DataStructureDefinition(id="DSD_PLAN_FIGURES", maintainer=AGENCY, version="1.0")
    dsd.dimensions.getdefault("REF_AREA")
    dsd.dimensions.getdefault("INDICATOR")
    dsd.dimensions.getdefault("TIME_PERIOD", cls=common.TimeDimension)
    dsd.dimensions.getdefault(
        "VALUE_TYPE",
        local_representation=enumerated(codelist("CL_VALUE_TYPE", VALUE_TYPES.values())),
    )
    dsd.measures.getdefault("OBS_VALUE")
    for attribute in ATTRIBUTES:
        dsd.attributes.getdefault(attribute)
    dsd.attributes.get("OBS_STATUS").local_representation = enumerated(
        codelist("CL_OBS_STATUS", OBS_STATUS_CODES.values())
    )
    return v30.Dataflow(id="DF_PLAN_FIGURES", maintainer=AGENCY, version="1.0", structure=dsd)


def read_sdmx_csv(content: bytes, caplog):
    """The observations sdmx1 reads from `content`, after checking that every column is one of
    the structure's (none custom, none missing) and every coded value is in its code list."""
    flow = dataflow()
    reader = Reader()
    with caplog.at_level(logging.WARNING, logger="sdmx"):
        message = reader.convert(io.BytesIO(content), structure=flow)
    assert reader.options.custom_columns == []
    assert not [r for r in caplog.records if "No column detected" in r.getMessage()]
    observations = [obs for data_set in message.data for obs in data_set.obs]
    for obs in observations:
        for dimension in flow.structure.dimensions:
            value = obs.dimension[dimension.id].value
            assert SDMX_ID.fullmatch(value) or dimension.id == "TIME_PERIOD", value
            coded = dimension.local_representation and dimension.local_representation.enumerated
            if coded:
                assert value in coded, (dimension.id, value)
        assert TIME_PERIOD.fullmatch(obs.dimension["TIME_PERIOD"].value)
        status = obs.attached_attribute["OBS_STATUS"].value
        assert status in flow.structure.attributes.get("OBS_STATUS").local_representation.enumerated
        if obs.value != "":
            float(obs.value)  # a number, never a quoted or neutralised text
    return observations


def by_key(observations):
    """{(REF_AREA, INDICATOR, TIME_PERIOD, VALUE_TYPE): observation}; keys are unique."""
    found = {}
    for obs in observations:
        key = tuple(obs.dimension.values[name].value for name in DIMENSIONS)
        assert key not in found, key
        found[key] = obs
    return found


def attribute(obs, name):
    return obs.attached_attribute[name].value
