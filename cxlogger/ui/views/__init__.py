"""The sidebar's views and their models: Today, interactions, customers, promises, Losing
touch, Reports."""
