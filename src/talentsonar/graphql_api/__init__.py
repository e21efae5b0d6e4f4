"""The GraphQL API at ``/graphql`` (Strawberry on the same FastAPI app).

Named ``graphql_api`` so it never shadows the ``graphql`` package (graphql-core). Resolvers
call the domains' ``service`` modules; every entity and relation is read through a
DataLoader made per request (:mod:`.loaders`), so a list of N objects and their relations
costs a fixed number of queries. Authentication, tenancy and roles are those of the REST
API (:mod:`.http`); limits on depth, cost and size are checked before a query runs
(:mod:`.limits`).
"""
