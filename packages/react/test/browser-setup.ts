// The kit's stylesheet, so real-browser tests see real layout, focus rings and contrast.
import '../src/styles/index.css'
