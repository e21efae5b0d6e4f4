"""Skills taxonomy shipped with the package (written by the Talent Sonar team)."""

from talentsonar.skills.taxonomy import Skill, SkillMention, Taxonomy, get_taxonomy

__all__ = ["Skill", "SkillMention", "Taxonomy", "get_taxonomy"]
