import { defineConfig } from 'tsup'
import { libraryBuild } from '../../scripts/tsup-library'

export default defineConfig(
  libraryBuild({
    external: ['react', 'react-dom', 'react/jsx-runtime', '@okrkit/core', 'zod'],
    banner: { js: '"use client";' },
  }),
)
